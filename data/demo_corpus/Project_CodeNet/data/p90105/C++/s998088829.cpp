#include <cstdio>
#include <algorithm>
#include <vector>

int DP[1005][1005];

void solve()
{
  int n;scanf("%d",&n);
  int best=0;
  for(int i=0;i<n;++i){
    for(int j=0;j<i+1;++j){
      int v;scanf("%d",&v);
      // the better of the two cells above
      int from=0;
      if(i>0){
        if(j>0)from=DP[i-1][j-1];
        if(j<i&&DP[i-1][j]>from)from=DP[i-1][j];
      }
      DP[i][j]=from+v;
      if(i==n-1){
        best=std::max(best,DP[i][j]);
      }
    }
  }
  printf("%d\n",best);
}

int main()
{
  solve();
  return 0;
}