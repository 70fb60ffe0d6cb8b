// author: u950454704
#include<iostream>
#include<string>
#include<unordered_map>
#include<utility>
#include<vector>
#include<algorithm>

using ll=long long;
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
#define se second
typedef std::pair<int,int>pii;
typedef std::vector<int>vi;
const int INF=1e9;
const long long LINF=1LL<<60;
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

void solve(){
  int n;std::cin>>n;
  std::unordered_map<std::string,int>tot;
  rep(i,n){
    std::string w;std::cin>>w;
    tot[w]++;
  }
  std::string best="";
  in