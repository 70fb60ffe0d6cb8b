#include<algorithm>
#include<cstdio>
#include<numeric>
#include<string>
#include<vector>
using namespace std;

vector<int>parent,sz;

int root(int X)
{
  while(parent[X]!=X)X=parent[X]=parent[parent[X]];
  return X;
}

void unite(int a,int b)
{
  a=root(a);
  b=root(b);
  if(a==b)return;
  parent[a]=b;
  sz[b]+=sz[a];
}

int main()
{
  int H,W;
  scanf("%d %d",&H,&W);
  vector<string>g(H);
  for(int i=0;i<H;++i)
  {
    char buf[200005];
    scanf("%s",buf);
    string row=buf;
    g[i]=row;
  }
  parent.resize(H*W);
  iota(parent.begin(),parent.end(),0);
  sz.assign(H*W,1);
  for(int i=0;i<H;++i)for(int j=0;j<W;++j)
  {
    if(g[i][j]!='.')continue;
    if(i+1<H&&g[i+1][j]=='.')unite(i*W+j,(i+1)*W+j);
    if(j+1<W&&g[i][j+1]=='.')unite(i*W+j,i*W+j+1);
  }
  int best=0;
  for(int v=0;v<H*W;++v)
  {
    if(g[v/W][v%W]=='.'&&root(v)==v)
    {
      best=max(best,sz[v]);
    }
  }
  printf("%d\n",best);
  return 0;
}
