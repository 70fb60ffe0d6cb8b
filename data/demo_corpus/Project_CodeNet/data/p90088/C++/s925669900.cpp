#include<bits/stdc++.h>
using namespace std;

int main(){
  int n;
  scanf("%d",&n);
  vector<vector<int>>nums(n,vector<int>(n,0));
  int dr[4]={0,1,0,-1},dc[4]={1,0,-1,0};
  int r=0,c=0,d=0;
  for(int k=1;k<n*n+1;++k){
    nums[r][c]=k;
    int nr=r+dr[d],nc=c+dc[d];
    // turn right at the border or at a filled cell
    if(nr<0||nr>=n||nc<0||nc>=n){
      d=(d+1)%4;
      nr=r+dr[d];
      nc=c+dc[d];
    }
    r=nr;
    c=nc;
  }
  for(int i=0;i<n;++i){
    for(int j=0;j<n;++j){
      if(j)putchar(' ');
      printf("%d",nums[i][j]);
    }
    puts("");
  }
  return 0;
}
