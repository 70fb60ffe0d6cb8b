#include <bits/stdc++.h>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define se second
#define mp make_pair
typedef pair<int,int>pii;
const int INF=1e9;

struct FastIO{FastIO(){ios_base::sync_with_stdio(false);cin.tie(nullptr);}}fastio_;

const int MAXN=1005;
int H,W;
char board[MAXN][MAXN];
int dist[MAXN][MAXN];
const int dx[4]={1,0,-1,0};
const int dy[4]={0,1,0,-1};

struct Cell
{
    int x,y;
};

int main()
{
    cin>>H>>W;
    rep(i,H)
    {
        string row;
        cin>>row;
        rep(j,W)board[i][j]=row[j];
    }
    memset(dist,-1,sizeof(dist));
    queue<Cell>q;
    dist[0][0]=0;
    q.push({0,0});
    while(!q.empty())
    {
        Cell c=q.front();
        q.pop();
        rep(d,4)
        {
            int nx=c.x+dx[d],ny=c.y+dy[d];
            if(nx<0||ny<0||nx>=H||ny>=W)continue;
            if(board[nx][ny]!='.'||dist[nx][ny]>=0)continue;
            dist[nx][ny]=dist[c.x][c.y]+1;
            q.push({nx,ny});
        }
    }
    cout<<dist[H-1][W-1]<<'\n';
    return 0;
}