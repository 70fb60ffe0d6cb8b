// Counting Islands
#include<cstdio>
#include<string>
#include<vector>
using namespace std;

#define rep(i,n) for(int i=0;i<(n);++i)

int H,W;
vector<string>grid;
vector<vector<bool>>seen;

void dfs(int r,int c){
  if(r<0||r>=H||c<0||c>=W)return;
  if(grid[r][c]!='#'||seen[r][c])return;
  seen[r][c]=true;
  dfs(r+1,c);
  dfs(r-1,c);
  dfs(r,c+1);
  dfs(r,c-1);
}

int main(){
  scanf("%d%d",&H,&W);
  grid.resize(H);
  rep(i,H){
    char buf[200005];
    scanf("%s",buf);
    string row=buf;
    grid[i]=row;
  }
  seen.assign(H,vector<bool>(W,false));
  int num=0;
  rep(i,H)rep(j,W){
    if(grid[i][j]=='#'&&!seen[i][j]){
      dfs(i,j);
      num++;
    }
  }
  printf("%d\n",num);
  return 0;
}
