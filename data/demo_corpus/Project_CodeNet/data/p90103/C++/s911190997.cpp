#include <iostream>
#include <map>
#include <utility>
#include <vector>
using namespace std;

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
#define mp make_pair
typedef pair<int,int>pii;
using P=pair<int,int>;
typedef vector<int>vi;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

void solve(){
  int n;cin>>n;
  ll k;cin>>k;
  map<ll,int>num;
  num[0]=1;
  ll ps=0,res=0;
  rep(i,n){
    ll v;cin>>v;
    ps+=v;
    // subarrays ending here: earlier prefix sums equal to pre - k
    res+=num[ps-k];
    num[ps]++;
  }
  cout<<res<<"\n";
}

int main(){
  ios::sync_with_stdio(0);cin.tie(0);
  solve();
  return 0;
}