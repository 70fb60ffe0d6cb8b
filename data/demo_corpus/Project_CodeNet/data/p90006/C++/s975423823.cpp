#include <string>
#include <numeric>
#include <cstdio>
#include <vector>
using std::string;
using std::vector;

struct DSU
{
  std::vector<int>p;
  DSU(int n):p(n){std::iota(p.begin(),p.end(),0);}
  int root(int v){return p[v]==v?v:p[v]=root(p[v]);}
  bool unite(int a,int b)
  {
    a=root(a);
    b=root(b);
    if(a==b)return false;
    p[a]=b;
    return true;
  }
};

int main()
{
  int H,W;scanf("%d %d",&H,&W);
  std::vector<std::string>c(H);
  for(int i=0;i<H;++i)
  {
    char buf[200005];
    scanf("%s",buf);
    std::string row=buf;
    c[i]=row;
  }
  DSU uf(H*W);
  int cnt=0;
  for(int i=0;i<H;++i)for(int j=0;j<W;++j)
  {
    if(c[i][j]!='#')continue;
    cnt++;
    if(i>0&&c[i-1][j]=='#'&&uf.unite(i*W+j,(i-1)*W+j))cnt--;
    if(j>0&&c[i][j-1]=='#'&&uf.unite(i*W+j,i*W+j-1))cnt--;
  }
  printf("%d\n",cnt);
  return 0;
}
