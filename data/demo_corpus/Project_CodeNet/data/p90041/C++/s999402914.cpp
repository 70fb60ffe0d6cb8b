#include <iostream>
#include <vector>
#include <algorithm>
#include <string>
using namespace std;

typedef long long ll;

int n,k;
vector<ll>A;

bool feasible(ll limit)
{
  int parts=1;
  ll cur=0;
  for(int i=0;i<n;i++)
  {
    if(A[i]>limit)return false;
    if(cur+A[i]>limit)
    {
      parts++;
      cur=0;
    }
    cur+=A[i];
  }
  return parts<=k;
}

int main()
{
  cin>>n>>k;
  A.resize(n);
  for(auto&x:A)cin>>x;
  ll lo=-1,hi=0;
  for(ll v:A)hi+=v;
  while(hi-lo>1)
  {
    ll mid=(lo+hi)/2;
    if(feasible(mid))hi=mid;
    else lo=mid;
  }
  cout<<hi<<endl;
  return 0;
}
