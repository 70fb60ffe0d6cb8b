#include <cstdio>
#include <map>
#include <utility>

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define fi first
#define se second
#define mp make_pair
typedef std::pair<int,int>pii;

void solve(){
    int n;
    scanf("%d",&n);
    ll k;
    scanf("%lld",&k);
    std::map<ll,int>seen;
    ll ans=0;
    rep(i,n){
        ll X;
        scanf("%lld",&X);
        auto it=seen.find(k-X);
        if(it!=seen.end())ans+=it->second;
        seen[X]++;
    }
    printf("%lld\n",ans);
}

int main(){
    solve();
    return 0;
}
