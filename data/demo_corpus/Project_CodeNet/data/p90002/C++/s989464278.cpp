#include <iostream>
using namespace std;

typedef long long ll;

ll gcd(ll a,ll b){
  if(a==0)return b;
  return gcd(b,a%b);
}

ll lcm(ll a,ll b){
  return a/gcd(a,b)*b;
}

int main(){
  ll a,b;cin>>a>>b;
  ll g=gcd(a,b);
  ll l=lcm(a,b);
  cout<<g<<" "<<l<<'\n';
  return 0;
}
