// author: u939007635
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define pb push_back
#define fi first
typedef pair<int,int>pii;
typedef vector<int>vi;
const long long LINF=1LL<<60;

constexpr ll MOD=1000000007;

ll modpow(ll base,ll e){
  ll result=1;
  base%=MOD;
  while(e>0){
    if(e&1)result=result*base%MOD;
    base=base*base%MOD;
    e>>=1;
  }
  return result;
}

signed main(){
  ll a,b;
  scanf("%lld %lld",&a,&b);
  printf("%lld\n",modpow(a,b));
  return 0;
}