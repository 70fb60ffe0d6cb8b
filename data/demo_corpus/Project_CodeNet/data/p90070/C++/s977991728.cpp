#include<cstdio>
using namespace std;

typedef long long ll;

int main(){
  int Q;scanf("%d",&Q);
  while(Q--){
    ll n;scanf("%lld",&n);
    ll lo=0,hi=1000000001;
    while(hi-lo>1){
      ll mid=(lo+hi)/2;
      if(mid*mid<=n){
        lo=mid;
      }else{
        hi=mid;
      }
    }
    printf("%lld\n",lo);
  }
  return 0;
}