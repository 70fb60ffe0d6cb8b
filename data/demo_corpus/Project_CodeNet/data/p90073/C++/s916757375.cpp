#include <iostream>
#include <vector>
#include <queue>
using std::cin;
using std::vector;

struct FastIO{FastIO(){std::ios_base::sync_with_stdio(false);std::cin.tie(0);}}fastio_;

int main(int argc,char*argv[]){
    int n;
    std::cin>>n;
    int sx,sy,tx,ty;
    std::cin>>sx>>sy>>tx>>ty;
    std::vector<int>dis(n*n,-1);
    std::queue<int>qu;
    int src=(sx-1)*n+(sy-1);
    dis[src]=0;
    qu.push(src);
    int jumps[8][2]={{1,2},{2,1},{2,-1},{1,-2},{-1,-2},{-2,-1},{-2,1},{-1,2}};
    while(!qu.empty()){
        int v=qu.front();
        qu.pop();
        int r=v/n,c=v%n;
        for(auto&j:jumps){
            int nr=r+j[0],nc=c+j[1];
            if(nr<0||nr>=n||nc<0||nc>=n)continue;
            int w=nr*n+nc;
            if(dis[w]<0){
                dis[w]=dis[v]+1;
                qu.push(w);
            }
        }
    }
    std::cout<<dis[(tx-1)*n+(ty-1)]<<std::endl;
    return 0;
}
