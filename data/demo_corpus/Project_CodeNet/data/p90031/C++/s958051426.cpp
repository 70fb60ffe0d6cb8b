// p90031
#include<cstdio>
#include<vector>
#include<queue>
#include<functional>
#include<utility>
using std::vector;

typedef long long ll;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define fi first
#define se second
#define mp make_pair
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
  int n,m;
  scanf("%d %d",&n,&m);
  std::vector<std::vector<std::pair<ll,int>> >graph(n);
  REP(i,m){
    int u,v;
    scanf("%d %d",&u,&v);
    ll w;
    scanf("%lld",&w);
    graph[u].push_back({w,v});
    graph[v].push_back({w,u});
  }
  // Prim: grow the tree from vertex 0 with the cheapest edge leaving it
  std::vector<bool>used(n,false);
  std::priority_queue<std::pair<ll,int>,std::vector<std::pair<ll,int>>,std::greater<std::pair<ll,int>> >pq;
  pq.push({0,0});
  ll total=0;
  while(!pq.empty()){
    auto[w,u]=pq.top();
    pq.pop();
    if(used[u])continue;
    used[u]=true;
    total+=w;
    for(auto&e:graph[u]){
      if(!used[e.second])pq.push(e);
    }
  }
  printf("%lld\n",total);
  return 0;
}