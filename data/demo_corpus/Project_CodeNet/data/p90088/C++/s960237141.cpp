/*
 * Demo Contest 030 - Spiral Matrix
 * 2022-02-09
 */
#include <iostream>
#include <vector>

int main(){
  std::ios_base::sync_with_stdio(false);std::cin.tie(0);
  int n;
  std::cin>>n;
  std::vector<std::vector<int>>A(n,std::vector<int>(n,0));
  int dr[4]={0,1,0,-1},dc[4]={1,0,-1,0};
  int r=0,c=0,d=0;
  for(int k=1;k<n*n+1;k++){
    A[r][c]=k;
    int nr=r+dr[d],nc=c+dc[d];
    if(nr<0||nr>=n||nc<0||nc>=n||A[nr][nc]!=0){
      d=(d+1)%4;
      nr=r+dr[d];
      nc=c+dc[d];
    }
    r=nr;
    c=nc;
  }
  for(int i=0;i<n;i++){
    for(int j=0;j<n;j++){
      if(j>0)std::cout<<" ";
      std::cout<<A[i][j];
    }
    std::cout<<std::endl;
  }
  return 0;
}