// author: u980974016
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
using P=pair<int,int>;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

void solve(){
    int n,x;
    scanf("%d %d",&n,&x);
    vector<int>c(n);
    rep(j,n)scanf("%d",&c[j]);
    const int INF=1e9;
    vector<int>tbl(x+1,INF);
    tbl[0]=0;
    for(int v=1;v<=x;v++){
        rep(i,n){
            if(c[i]<=v&&tbl[v-c[i]]!=INF){
                tbl[v]=min(tbl[v],tbl[v-c[i]]+1);
            }
        }
    }
    printf("%d\n",tbl[x]==INF?-1:tbl[x]);
}

int main(){
    solve();
    return 0;
}
