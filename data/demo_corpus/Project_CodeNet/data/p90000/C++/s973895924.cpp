#include<bits/stdc++.h>
using namespace std;

typedef long long ll;

// add two 64-bit numbers
ll add(ll x,ll y)
{
  return x+y;
}

int main()
{
  int n;
  cin>>n;
  for(int i=0;i<n;++i)
  {
    ll a,b;
    cin>>a>>b;
    ll s=add(a,b);
    cout<<s<<endl;
  }
  return 0;
}