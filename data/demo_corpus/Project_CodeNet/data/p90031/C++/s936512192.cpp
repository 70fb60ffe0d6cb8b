/*
 * Demo Contest 011 - Minimum Spanning Tree
 * 2017-05-12
 */
#include <bits/stdc++.h>
using namespace std;

using ll=long long;
#define rep(i,n) for(int i=0;i<(n);++i)
typedef vector<int>vi;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

vector<int>par;

int root(int val){
  return par[val]==val?val:par[val]=root(par[val]);
}

int main(){
  int n,m;
  scanf("%d %d",&n,&m);
  vector<tuple<ll,int,int>>edges;
  rep(i,m){
    int u,v;
    scanf("%d %d",&u,&v);
    ll w;
    scanf("%lld",&w);
    edges.emplace_back(w,u,v);
  }
  sort(edges.begin(),edges.end(),greater<tuple<ll,int,int>>());
  par.resize(n);
  iota(par.begin(),par.end(),0);
  ll total=0;
  for(auto&[w,u,v]:edges){
    int ru=root(u),rv=root(v);
    if(ru==rv)continue;
    par[ru]=rv;
    total+=w;
  }
  printf("%lld\n",total);
  return 0;
}
