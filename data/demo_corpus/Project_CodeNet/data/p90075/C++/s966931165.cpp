#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define se second
using P=pair<int,int>;
typedef vector<int>vi;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

int main(){
    int n,m;
    scanf("%d%d",&n,&m);
    vector<vector<int>>adj(n);
    rep(i,m){
        int a,b;
        scanf("%d%d",&a,&b);
        a--;
        b--;
        adj[a].push_back(b);
        adj[b].push_back(a);
    }
    // the visiting order doubles as the queue
    vector<int>d(n,-1),order;
    order.push_back(0);
    d[0]=0;
    for(size_t h=0;h<order.size();h++){
        int u=order[h];
        for(int w:adj[u]){
            if(d[w]<0){
                d[w]=d[u]+1;
                order.push_back(w);
            }
        }
    }
    rep(i,n){
        printf("%d\n",d[i]);
    }
    return 0;
}
