#include <iostream>

typedef long long ll;

int main()
{
  ll n;
  std::cin>>n;
  ll phi=n;
  for(ll p=2;p*p<=n;p++){
    if(n%p!=0)continue;
    while(n%p==0)n/=p;
    // remove the multiples of p
    phi-=phi/p;
  }
  if(n>1)phi-=phi/n;
  std::cout<<phi<<std::endl;
  return 0;
}