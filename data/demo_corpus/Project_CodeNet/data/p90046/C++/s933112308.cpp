#include <queue>
#include <iostream>
#include <vector>
using namespace std;

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int n, m;
  cin >> n >> m;
  vector<vector<int>> G(n);
  for (int i = 0; i < m; i++) {
    int u, v;
    cin >> u >> v;
    G[u].push_back(v);
    G[v].push_back(u);
  }
  vector<int> color(n, -1);
  bool good = true;
  for (int s = 0; s < n; s++) {
    if (color[s] != -1) continue;
    color[s] = 0;
    queue<int> que;
    que.push(s);
    while (!que.empty()) {
      int u = que.front();
      que.pop();
      for (int v : G[u]) {
        if (color[v] == -1) {
          color[v] = 1 - color[u];
          que.push(v);
        }
        else if (color[v] == color[u]) {
          good = false;
        }
      }
    }
  }
  if (good) cout << "Yes" << endl;
  else cout << "No" << endl;
}