// author: u904058384
#include <bits/stdc++.h>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(0); } } fastio_;

int main() {
   int n, m;
   cin >> n >> m;
   vector<vector<pair<int, int64_t>>> g(n);
   for (int i = 0; i < m; i++) {
      int u, v;
      cin >> u >> v;
      int64_t w;
      cin >> w;
      g[u].push_back({v, w});
   }
   const int64_t INF = 1LL << 60;
   vector<int64_t> dist(n, INF);
   priority_queue<pair<int64_t, int>, vector<pair<int64_t, int>>, greater<pair<int64_t, int>>> pq;
   dist[0] = 0;
   pq.push({0, 0});
   while (!pq.empty()) {
      auto [d, u] = pq.top();
      pq.pop();
      if (d > dist[u]) continue;
      for (auto [v, w] : g[u]) {
         if (dist[u] + w < dist[v]) {
            dist[v] = dist[u] + w;
            pq.push({dist[v], v});
         }
      }
   }
   for (int i = 0; i < n; i++) {
      if (dist[i] == INF) {
         cout << "INF" << '\n';
      } else {
         cout << dist[i] << '\n';
      }
   }
   return 0;
}
