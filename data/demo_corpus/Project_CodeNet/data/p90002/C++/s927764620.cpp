// p90002
#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
using P=pair<int,int>;
typedef vector<int>vi;
const long long LINF=1LL<<60;

int main()
{
  ll a,b;
  scanf("%lld%lld",&a,&b);
  ll x=a,y=b;
  while(y!=0)
  {
    ll r=x%y;
    x=y;
    y=r;
  }
  // x is the gcd now
  ll l=a/x*b;
  printf("%lld %lld\n",x,l);
  return 0;
}