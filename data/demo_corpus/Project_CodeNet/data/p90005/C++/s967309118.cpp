#include<iostream>
#include<string>
#include<vector>
#include<queue>
#include<utility>

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
#define fi first
#define se second
#define mp make_pair
using P=std::pair<int,int>;
typedef std::vector<int>vi;
const int INF=1e9;
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
  int H,W;std::cin>>H>>W;
  std::vector<std::string>board(H);
  rep(i,H){
    std::string row;std::cin>>row;
    board[i]=row;
  }
  std::vector<std::vector<int>>dist(H,std::vector<int>(W,-1));
  std::queue<std::pair<int,int>>q;
  if(board[0][0]=='.'){
    dist[0][0]=0;
    q.push(std::make_pair(0,0));
  }
  int dr[4]={1,-1,0,0},dc[4]={0,0,1,-1};
  while(!q.empty()){
    auto[r,c]=q.front();
    q.pop();
    rep(k,4){
      int nr=r+dr[k],nc=c+dc[k];
      if(nr<0||nr>=H||nc<0||nc>=W)continue;
      if(board[nr][nc]=='#'||dist[nr][nc]!=-1)continue;
      dist[nr][nc]=dist[r][c]+1;
      q.push(std::make_pair(nr,nc));
    }
  }
  std::cout<<dist[H-1][W-1]<<"\n";
}
