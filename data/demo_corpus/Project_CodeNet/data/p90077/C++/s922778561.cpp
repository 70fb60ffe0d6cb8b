// Demo Contest 026 - Non-Adjacent Sum
#include <cstdio>

typedef long long ll;

int main(){
  int n;scanf("%d",&n);
  ll take=0,skip=0;
  for(int i=0;i<n;i++){
    ll v;scanf("%lld",&v);
    ll nt=skip+v;
    ll ns=take>skip?take:skip;
    take=nt;
    skip=ns;
  }
  printf("%lld\n",take>skip?take:skip);
  return 0;
}
