// p90005
#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios_base::sync_with_stdio(false);
    cin.tie(nullptr);
    int H,W;
    cin>>H>>W;
    vector<string>maze(H);
    for(int i=0;i<H;++i)
    {
        string row;
        cin>>row;
        maze[i]=row;
    }
    vector<vector<int>>D(H,vector<int>(W,-1));
    queue<pair<int,int>>q;
    if(maze[0][0]=='.')
    {
        D[0][0]=0;
        q.push(make_pair(0,0));
    }
    int dr[4]={1,-1,0,0},dc[4]={0,0,1,-1};
    while(!q.empty())
    {
        auto[r,c]=q.front();
        q.pop();
        for(int k=0;k<4;++k)
        {
            int nr=r+dr[k],nc=c+dc[k];
            if(nr<0||nr>=H||nc<0||nc>=W)continue;
            if(maze[nr][nc]=='#'||D[nr][nc]!=-1)continue;
            D[nr][nc]=D[r][c]+1;
            q.push(make_pair(nr,nc));
        }
    }
    cout<<D[H-1][W-1]<<'\n';
    return 0;
}