// p90014
#include <iostream>
#include <vectors>
#include <set>
#include <utility>

using ll=long long;
#define pb push_back
#define fi first
#define se second
typedef std::pair<int,int>pii;
using P=std::pair<int,int>;
const int INF=1e9;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

struct Edge{
  int to;
  ll cost;
};

int main(){
  int n,m;
  std::cin>>n>>m;
  std::vector<std::vector<Edge>>G(n);
  for(int i=0;i<m;i++){
    int u,v;
    std::cin>>u>>v;
    ll w;
    std::cin>>w;
    G[u].push_back({v,w});
  }
  std::vector<ll>d(n,-1);
  std::set<std::pair<ll,int>>todo;
  d[0]=0;
  todo.insert({0,0});
  while(!todo.empty()){
    int u=todo.begin()->second;
    todo.erase(todo.begin());
    for(const Edge&e:G[u]){
      ll nd=d[u]+e.cost;
      if(d[e.to]==-1||nd<d[e.to]){
        if(d[e.to]!=-1)todo.erase({d[e.to],e.to});
        d[e.to]=nd;
        todo.insert({nd,e.to});
      }
    }
  }
  for(int i=0;i<n;i++){
    if(d[i]<0){
      std::cout<<"INF"<<std::endl;
    }else{
      std::cout<<d[i]<<std::endl;
    }
  }
  return 0;
}
