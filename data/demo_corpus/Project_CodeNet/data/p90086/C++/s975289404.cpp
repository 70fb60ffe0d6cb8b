#include <bits/stdc++.h>
using namespace std;

typedef long long LL;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define all(x) (x).begin(),(x).end()
#define pb push_back
#define fi first
#define se second
typedef pair<int,int>pii;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

int main(){
    int n;
    scanf("%d",&n);
    vector<pair<LL,int>>ev;
    REP(i,n){
        LL l,r;
        scanf("%lld %lld",&l,&r);
        ev.push_back({l,1});
        ev.push_back({r,-1});
    }
    sort(all(ev));
    LL ret=0;
    it depth=0;
    REP(i,(int)ev.size()){
        // between two event points the line is covered if any segment is open
        if(depth>0)ret+=ev[i].first-ev[i-1].first;
        depth+=ev[i].second;
    }
    printf("%lld\n",ret);
    return 0;
}
