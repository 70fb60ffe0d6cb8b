#include <bits/stdc++.h>
using namespace std;

#define se second
#define mp make_pair
typedef pair<int, int> pii;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

struct UnionFind
{
  vector<int> parent, sz;
  UnionFind(int n) : parent(n), sz(n, 1) {
    for (int i = 0; i < n; i++) parent[i] = i;
  }
  int find(int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }
  void unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (sz[a] < sz[b]) swap(a, b);
    parent[b] = a;
    sz[a] += sz[b];
  }
  bool same(int a, int b) { return find(a) == find(b); }
};

int main()
{
  int n, q;
  scanf("%d %d", &n, &q);
  UnionFind uf(n);
  while (q--) {
    int c, a, b;
    scanf("%d %d %d", &c, &a, &b);
    if (c == 0) uf.unite(a, b);
    else {
      printf("%d\n", uf.same(a, b) ? 1 : 0);
    }
  }
  return 0;
}
