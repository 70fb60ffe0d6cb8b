// Demo Contest 016 - Two Colors
#include <cstdio>
#include <vector>

std::vector<std::vector<int>> adj;
std::vector<int> color;

bool paint(int u, int c) {
  color[u] = c;
  for (int v : adj[u]) {
    if (color[v] == c) return false;
    if (color[v] == -1 && !paint(v, 1 - c)) return false;
  }
  return true;
}

int main() {
  int n, m; scanf("%d %d", &n, &m);
  adj.resize(n);
  color.assign(n, -1);
  for (int i = 0; i < m; ++i) {
    int a, b; scanf("%d %d", &a, &b);
    adj[a].push_back(b);
    adj[b].push_back(a);
  }
  bool ok = true;
  for (int i = 0; i < n; ++i) {
    if (color[i] == -1 && !paint(i, 0)) ok = false;
  }
  if (ok) printf("Yes\n");
  else printf("No\n");
  return 0;
}