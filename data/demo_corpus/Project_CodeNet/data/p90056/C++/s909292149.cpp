#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define se second
#define mp make_pair
typedef pair<int,int>pii;
typedef vector<int>vi;
const int INF=1e9;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}
#define endl '\n'

int main(){
  ios_base::sync_with_stdio(false);
  cin.tie(0);
  ll n;
  cin>>n;
  bool first=true;
  auto emit=[&](ll p){
    if(!first){
      cout<<" ";
    }
    first=false;
    cout<<p;
  };
  while(n%2==0){
    emit(2);
    n/=2;
  }
  for(ll p=3;p*p<=n;p+=2){
    while(n%p==0){
      emit(p);
      n/=p;
    }
  }
  if(n>1)emit(n);
  cout<<endl;
  return 0;
}