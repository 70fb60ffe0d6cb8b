#include <bits/stdc++.h>
using namespace std;

int main() {
  int n, m; scanf("%d %d", &n, &m);
  vector<vector<int>> adj(n);
  for (int i = 0; i < m; i++) {
    int u, v; scanf("%d %d", &u, &v);
    adj[u].push_back(v);
    adj[v].push_back(u);
  }
  vector<int> color(n, -1);
  bool ok = true;
  for (int s = 0; s < n; s++) {
    if (color[s] != -1) continue;
    color[s] = 0;
    queue<int> q;
    q.push(s);
    while (!q.empty()) {
      int u = q.front();
      q.pop();
      for (int v : adj[u]) {
        if (color[v] == -1) {
          color[v] = 1 - color[u];
          q.push(v);
        } else if (color[v] == color[u]) {
          ok = false;
        }
      }
    }
  }
  puts(ok ? "Yes" : "No");
  return 0;
}
