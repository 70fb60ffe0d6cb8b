#include<cstdio>
using namespace std;

typedef long long ll;

ll divisor_sum(ll n)
{
  if(n==1)return 0;
  ll s=1;
  for(ll d=2;d*d<=n;d++){
    if(n%d==0){
      s+=d;
      if(d!=n/d)s+=n/d;
    }
  }
  return s;
}

int main()
{
  int Q;scanf("%d",&Q);
  while(Q--){
    ll n;scanf("%lld",&n);
    ll s=divisor_sum(n);
    if(s==n){
      printf("perfect\n");
    }else if(s<n){
      printf("deficient\n");
    }else{
      printf("abundant\n");
    }
  }
  return 0;
}
