#include <cstdio>
#include <vector>
#include <algorithm>
#include <tuple>
#include <numeric>
#include <utility>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define all(x) (x).begin(),(x).end()
#define fi first
using P=pair<int,int>;
typedef vector<int>vi;
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

vector<int>p;

int root(int val){
    return p[val]==val?val:p[val]=root(p[val]);
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
    sort(all(edges));
    p.resize(n);
    iota(all(p),0);
    ll total=0;
    for(auto&[w,u,v]:edges){
        int ru=root(u),rv=root(v);
        if(ru==rv)continue;
        p[ru]=rv;
        total+=w;
    }
    printf("%lld\n",total);
}
