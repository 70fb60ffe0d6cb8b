// Demo Contest 034 - Joining Ropes
#include <bits/stdc++.h>
using namespace std;

void solve()
{
  int n;
  cin>>n;
  priority_queue<long long,vector<long long>,greater<long long>>pq;
  for(int i=0;i<n;++i)
  {
    long long x;
    cin>>x;
    pq.push(x);
  }
  long long cost=0;
  // always join the two shortest ropes
  while(pq.size()>1)
  {
    long long a=pq.top();
    pq.pop();
    long long b=pq.top();
    pq.pop();
    cost+=a+b;
    pq.push(max(a,b));
  }
  cout<<cost<<endl;
}

int main()
{
  solve();
  return 0;
}