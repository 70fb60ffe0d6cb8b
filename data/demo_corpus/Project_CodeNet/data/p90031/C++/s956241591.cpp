#include <cstdio>
#include <vector>
#include <queue>
#include <functional>
#include <utility>

using ll=long long;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define se second
typedef std::pair<int,int>pii;
typedef std::vector<int>vi;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

void solve(){
    int n,m;scanf("%d %d",&n,&m);
    std::vector<std::vector<std::pair<ll,int>> >G(n);
    rep(i,m){
        int u,v;scanf("%d %d",&u,&v);
        ll w;scanf("%lld",&w);
        G[u].push_back({w,v});
        G[v].push_back({w,u});
    }
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
        for(auto&e:G[u]){
            if(!used[e.second])pq.push(e);
        }
    }
    printf("%lld\n",total);
}

int main(){
    solve();
    return 0;
}
