#include <iostream>
#include <cstdint>
#include <vector>
#include <queue>
using namespace std;

void solve() {
  int n, m;
  cin >> n >> m;
  vector<vector<int>> g(n + 1);
  for (int i = 0; i < m; ++i) {
    int u, v;
    cin >> u >> v;
    g[u].push_back(v);
    g[v].push_back(u);
  }
  vector<int> D(n + 1, -1);
  queue<int> qu;
  D[1] = 0;
  qu.push(1);
  while (!qu.empty()) {
    int u = qu.front();
    qu.pop();
    for (int w : g[u]) {
      if (D[w] == -1) {
        D[w] = D[u] + 1;
        qu.push(w);
      }
    }
  }
  for (int i = 1; i < n + 1; ++i) {
    cout << D[i] << '\n';
  }
}

int main() {
  ios::sync_with_stdio(false); cin.tie(NULL);
  solve();
  return 0;
}