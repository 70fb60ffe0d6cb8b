#include <vector>
#include <iostream>
#include <queue>
#include <utility>
using namespace std;

#define fi first
#define mp make_pair
typedef pair<int,int>pii;
typedef vector<int>vi;
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

void solve()
{
    int n;
    cin>>n;
    int sx,sy,tx,ty;
    cin>>sx>>sy>>tx>>ty;
    vector<int>dist(n*n,-1);
    queue<int>Q;
    int src=(sx-1)*n+(sy-1);
    dist[src]=0;
    Q.push(src);
    int jumps[8][2]={{1,2},{2,1},{2,-1},{1,-2},{-1,-2},{-2,-1},{-2,1},{-1,2}};
    while(!Q.empty()){
        int v=Q.front();
        Q.pop();
        int r=v/n,c=v%n;
        for(auto&j:jumps){
            int nr=r+j[0],nc=c+j[1];
            if(nr<0||nr>=n||nc<0||nc>=n)continue;
            int w=nr*n+nc;
            if(dist[w]<0){
                dist[w]=dist[v]+1;
                Q.push(w);
            }
        }
    }
    cout<<dist[(tx-1)*n+(ty-1)]<<endl;
}

int main()
{
    solve();
    return 0;
}