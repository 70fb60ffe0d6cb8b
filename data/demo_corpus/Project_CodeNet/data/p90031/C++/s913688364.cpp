#include <algorithm>
#include <iostream>
#include <numeric>
#include <tuple>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define all(x) (x).begin(), (x).end()
#define pb push_back
#define fi first
typedef pair<int,int>pii;
using P=pair<int,int>;
typedef vector<int>vi;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

vector<int>p;

int root(int x)
{
    return p[x]==x?x:p[x]=root(p[x]);
}

int main()
{
    ios::sync_with_stdio(0);cin.tie(nullptr);
    int n,m;
    cin>>n>>m;
    vector<tuple<ll,int,int>>edges;
    rep(i,m){
        int u,v;
        cin>>u>>v;
        ll w;
        cin>>w;
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
    cout<<total<<"\n";
    return 0;
}
