#include <cstdint>
#include <iostream>
#include <vector>

struct UnionFind
{
  std::vector<int>par,sz;
  UnionFind(int n):par(n),sz(n,1)
  {
    for(int i=0;i<n;i++)par[i]=i;
  }
  int find(int X)
  {
    while(par[X]!=X)
    {
      par[X]=par[par[X]];
      X=par[X];
    }
    return X;
  }
  void unite(int a,int b)
  {
    a=find(a);
    b=find(b);
    if(a==b)return;
    if(sz[a]<sz[b])std::swap(a,b);
    par[b]=a;
    sz[a]+=sz[b];
  }
  bool same(int a,int b){return find(a)==find(b);}
};

int main()
{
  std::ios_base::sync_with_stdio(false);
  int n,Q;
  std::cin>>n>>Q;
  UnionFind uf(n);
  while(Q--)
  {
    int c,a,b;
    std::cin>>c>>a>>b;
    if(c==0)uf.unite(a,b);
    else
    {
      std::cout<<(uf.same(a,b)?1:0)<<std::endl;
    }
  }
  return 0;
}