// Number of Divisors
#include <cstdio>
using namespace std;

typedef long long ll;

int main(int argc,char*argv[])
{
  ll n;scanf("%lld",&n);
  ll result=1;
  for(ll p=2;p*p<=n;p++){
    int e=0;
    while(n%p==0){
      n/=p;
      e++;
    }
    result*=e+1;
  }
  if(n>1)result*=2;
  printf("%lld\n",result);
}