// author: u934742122
#include <iostream>
#include <vector>
#include <utility>
using std::cin;
using std::vector;

typedef long long ll;
#define mp make_pair
typedef std::pair<int,int>pii;
typedef std::vector<int>vi;
const int INF=1e9;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main()
{
  std::ios::sync_with_stdio(0);
  std::cin.tie(NULL);
  int n;
  std::cin>>n;
  std::vector<int>lp(n+1,0),primes;
  for(int i=2;i<=n;i++)
  {
    if(lp[i]==0)
    {
      lp[i]=i;
      primes.push_back(i);
    }
    for(int p:primes)
    {
      if(p>lp[i]||(ll)i*p>n)break;
      lp[i*p]=p;
    }
  }
  std::cout<<(int)primes.size()<<'\n';
  return 0;
}
