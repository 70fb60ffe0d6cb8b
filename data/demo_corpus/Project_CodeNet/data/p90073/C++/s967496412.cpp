#include <cstdio>
#include <queue>
#include <utility>
#include <vector>
using namespace std;

int main(){
  int n;scanf("%d",&n);
  int sx,sy,tx,ty;scanf("%d %d %d %d",&sx,&sy,&tx,&ty);
  vector<vector<int>>dis(n+1,vector<int>(n+1,-1));
  const int mr[8]={1,2,2,1,-1,-2,-2,-1};
  const int mc[8]={2,1,-1,-2,-2,-1,1,2};
  queue<pair<int,int>>Q;
  dis[sx][sy]=0;
  Q.push({sx,sy});
  while(!Q.empty()){
    auto[r,c]=Q.front();
    Q.pop();
    for(int k=0;k<8;k++){
      int nr=r+mr[k],nc=c+mc[k];
      if(nr<1||nr>n||nc<1||nc>n)continue;
      if(dis[nr][nc]!=-1)continue;
      dis[nr][nc]=dis[r][c]+1;
      Q.push({nr,nc});
    }
  }
  printf("%d\n",dis[tx][ty]);
  return 0;
}