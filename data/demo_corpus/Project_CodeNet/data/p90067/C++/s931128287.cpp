#include<bits/stdc++.h>
using namespace std;

using ll=long long;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define fi first
typedef pair<int,int>pii;
using P=pair<int,int>;
typedef vector<int>vi;
const long long LINF=1LL<<60;

void solve()
{
  int n,k;
  cin>>n>>k;
  vector<int>a(n);
  rep(j,n)cin>>a[j];
  deque<int>dq;
  vector<int>result;
  rep(i,n){
    while(!dq.empty()&&a[dq.back()]<=a[i])dq.pop_back();
    dq.push_back(i);
    if(dq.front()<=i-k)dq.pop_front();
    if(i>=k-1)result.push_back(a[dq.front()]);
  }
  rep(i,(int)result.size()){
    if(i>0)cout<<" ";
    cout<<result[i];
  }
  cout<<'\n';
}

int main()
{
  ios::sync_with_stdio(false);
  cin.tie(NULL);
  solve();
  return 0;
}