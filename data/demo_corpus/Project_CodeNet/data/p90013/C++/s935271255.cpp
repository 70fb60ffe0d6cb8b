// 2015-10-09
#include<iostream>
#include<vector>
using namespace std;

struct UnionFind
{
  vector<int> par, sz;
  UnionFind(int n) : par(n), sz(n, 1)
  {
    for(int i = 0; i < n; i++) par[i] = i;
  }
  int find(int X)
  {
    while(par[X] != X)
    {
      par[X] = par[par[X]];
      X = par[X];
    }
    return X;
  }
  void unite(int a, int b)
  {
    a = find(a);
    b = find(b);
    if(a == b) return;
    if(sz[a] < sz[b]) swap(a, b);
    par[b] = a;
    sz[a] += sz[b];
  }
  bool same(int a, int b) { return find(a) == find(b); }
};

void solve()
{
  int n, que;
  cin >> n >> que;
  UnionFind uf(n);
  while(que--)
  {
    int c, a, b;
    cin >> c >> a >> b;
    if(c == 0) uf.unite(a, b);
    else
    {
      cout << (uf.same(a, b) ? 1 : 0) << '\n';
    }
  }
}

int main()
{
  ios_base::sync_with_stdio(false);
  cin.tie(nullptr);
  solve();
  return 0;
}