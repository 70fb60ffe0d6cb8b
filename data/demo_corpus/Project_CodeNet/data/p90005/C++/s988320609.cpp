// Demo Contest 002 - Maze
#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define fi first
using P=pair<int,int>;
typedef vector<int>vi;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
  int H,W;
  scanf("%d%d",&H,&W);
  vector<string>field(H);
  REP(i,H){
    char buf[200005];
    scanf("%s",buf);
    string line=buf;
    field[i]=line;
  }
  const int INF=1<<29;
  vector<int>dist(H*W,INF);
  deque<int>dq;
  dist[0]=0;
  dq.push_back(0);
  while(!dq.empty()){
    int v=dq.front();
    dq.pop_front();
    int r=v/W,c=v%W;
    int nbr[4][2]={{r+1,c},{r-1,c},{r,c+1},{r,c-1}};
    for(auto&p:nbr){
      int nr=p[0],nc=p[1];
      if(nr<0||nr>=H||nc<0||nc>=W||field[nr][nc]=='#')continue;
      if(dist[nr*W+nc]>dist[v]+1){
        dist[nr*W+nc]=dist[v]+1;
        dq.push_back(nr*W+nc);
      }
    }
  }
  int answer=dist[H*W-1];
  printf("%d\n",answer==INF?0:answer);
  return 0;
}