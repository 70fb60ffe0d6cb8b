// Demo Contest 005 - Union Find
#include <cstdio>
#include <functional>
#include <numeric>
#include <vector>
using namespace std;

int main() {
  int n, q;
  scanf("%d%d", &n, &q);
  vector<int> par(n);
  iota(par.begin(), par.end(), 0);
  function<int(int)> find_root = [&](int v) {
    return par[v] == v ? v : par[v] = find_root(par[v]);
  };
  for(int i = 0; i < q; i++) {
    int t, a, b;
    scanf("%d%d%d", &t, &a, &b);
    int ra = find_root(a), rb = find_root(b);
    if(t == 0) {
      par[ra] = rb;
      continue;
    }
    printf("%d\n", ra == rb);
  }
}
