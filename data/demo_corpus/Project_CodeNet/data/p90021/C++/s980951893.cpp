// author: u931085047
#include <cstdio>

const long long MOD=1000000007;

long long power(long long a,long long b){
  if(b==0)return 1;
  long long half=power(a,b-b/2);
  long long res=half*half%MOD;
  if(b%2==1)res=res*a%MOD;
  return res;
}

int main(){
  long long a,b;
  scanf("%lld %lld",&a,&b);
  printf("%lld\n",power(a%MOD,b));
  return 0;
}