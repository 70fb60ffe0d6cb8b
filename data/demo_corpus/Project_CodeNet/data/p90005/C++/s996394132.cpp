#include <iostream>
#include <string>
#include <deque>
#include <vector>
using namespace std;

signed main()
{
    int H,W;cin>>H>>W;
    vector<string>S(H);
    for(int i=0;i<H;++i)
    {
        string line;cin>>line;
        S[i]=line;
    }
    const int INF=1<<29;
    vector<int>dist(H*W,INF);
    deque<int>dq;
    dist[0]=0;
    dq.push_back(0);
    while(!dq.empty())
    {
        int v=dq.front();
        dq.pop_front();
        int r=v/W,c=v%W;
        int nbr[4][2]={{r+1,c},{r-1,c},{r,c+1},{r,c-1}};
        for(auto&p:nbr)
        {
            int nr=p[0],nc=p[1];
            if(nr<0||nr>=H||nc<0||nc>=W||S[nr][nc]=='#')continue;
            if(dist[nr*W+nc]>dist[v]+1)
            {
                dist[nr*W+nc]=dist[v]+1;
                dq.push_back(nr*W+nc);
            }
        }
    }
    int result=dist[H*W-1];
    cout<<(result==INF?-1:result)<<endl;
    return 0;
}
