#include <bits/stdc++.h>
using namespace std;

using ll=long long;
#define fi first
#define mp make_pair
const long long LINF=1LL<<60;
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
  ios_base::sync_with_stdio(false);cin.tie(0);
  int n;
  cin>>n;
  vector<int>lp(n+1,0),primes;
  for(int i=2;i<=n;i++){
    if(lp[i]==0){
      lp[i]=i;
      primes.push_back(i);
    }
    for(int p:primes){
      if(p>lp[i]||(ll)i*p>n)break;
      lp[i*p]=p;
    }
  }
  cout<<(int)primes.size()<<'\n';
  return 0;
}