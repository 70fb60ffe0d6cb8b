#include<iostream>
#include<vector>
#include<cstdint>
using namespace std;

struct UnionFind {
  vector<int> p, sz;
  UnionFind(int n) : p(n), sz(n, 1) {
    for (int i = 0; i < n; i++) p[i] = i;
  }
  int find(int x) {
    while (p[x] != x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }
  void unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (sz[a] < sz[b]) swap(a, b);
    p[b] = a;
    sz[a] += sz[b];
  }
  bool same(int a, int b) { return find(a) == find(b); }
};

int main() {
  ios_base::sync_with_stdio(false);
  int n, que;
  cin >> n >> que;
  UnionFind uf(n);
  while (que--) {
    int c, a, b;
    cin >> c >> a >> b;
    if (c == 0) uf.unite(a, b);
    else {
      cout << (uf.same(a, b) ? 1 : 0) << endl;
    }
  }
  return 0;
}
