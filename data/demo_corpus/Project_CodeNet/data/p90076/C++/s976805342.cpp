// 2020-11-12
#include <cstdio>
#include <vector>
using namespace std;

int main()
{
  int n;scanf("%d",&n);
  vector<int>p(n+1,0),sz(n+1,1);
  for(int i=2;i<n+1;++i)
  {
    scanf("%d",&p[i]);
  }
  for(int v=n;v>=2;v--)
  {
    sz[p[v]]+=1;
  }
  for(int v=1;v<n+1;++v)
  {
    if(v-1>0)printf(" ");
    printf("%d",sz[v]);
  }
  printf("\n");
  return 0;
}