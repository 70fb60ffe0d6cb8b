// Demo Contest 025 - Largest Room
#include <cstdio>
#include <string>
#include <algorithm>
#include <vector>
#include <numeric>
using namespace std;

vector<int> par, sz;

int root(int val) {
  while (par[val] != val) val = par[val] = par[par[val]];
  return val;
}

void unite(int a, int b) {
  a = root(a);
  b = root(b);
  if (a == b) return;
  par[a] = b;
  sz[b] += sz[a];
}

void solve() {
  int H, W; scanf("%d%d", &H, &W);
  vector<string> g(H);
  for (int i = 0; i < H; ++i) {
    char buf[200005];
    scanf("%s", buf);
    string row = buf;
    g[i] = row;
  }
  par.resize(H * W);
  iota(par.begin(), par.end(), 0);
  sz.assign(H * W, 1);
  for (int i = 0; i < H; ++i) for (int j = 0; j < W; ++j) {
    if (g[i][j] != '.') continue;
    if (i + 1 < H && g[i + 1][j] == '.') unite(i * W + j, (i + 1) * W + j);
    if (j + 1 < W && g[i][j + 1] == '.') unite(i * W + j, i * W + j + 1);
  }
  int best = 0;
  for (int v = 0; v < H * W; ++v) {
    if (g[v / W][v % W] == '.' && root(v) == v) {
      best = max(best, sz[v]);
    }
  }
  printf("%d\n", best);
}

int main(int argc, char* argv[]) {
  solve();
  return 0;
}