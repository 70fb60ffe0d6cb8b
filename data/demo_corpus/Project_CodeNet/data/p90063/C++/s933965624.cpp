#include <cstdio>
#include <utility>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define mp make_pair
using P=pair<int,int>;
const int INF=1e9;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

ll cross(ll ax,ll ay,ll bx,ll by)
{
    return ax*by-ay*bx;
}

int main()
{
    int Q;
    scanf("%d",&Q);
    rep(k,Q){
        ll x1,y1,x2,y2,x3,y3;
        scanf("%lld %lld %lld %lld %lld %lld",&x1,&y1,&x2,&y2,&x3,&y3);
        ll c=cross(x2-x1,y2-y1,x3-x1,y3-y1);
        if(c==0)printf("Yes\n");
        else printf("No\n");
    }
    return 0;
}