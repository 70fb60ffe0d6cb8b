#include <iostream>
#include <vector>
#include <queue>

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)

struct State {
   ll d;
   int v;
   bool operator<(const State& o) const { return d > o.d; }
};

int main() {
   std::ios::sync_with_stdio(0);
   std::cin.tie(NULL);
   int n, m;
   std::cin >> n >> m;
   std::vector<std::vector<std::pair<int, ll>>> adj(n);
   rep(i, m) {
      int u, v;
      std::cin >> u >> v;
      ll w;
      std::cin >> w;
      adj[u].emplace_back(v, w);
   }
   std::vector<ll> D(n, -1);
   std::priority_queue<State> pq;
   pq.push({0, 0});
   while (!pq.empty()) {
      State s = pq.top();
      pq.pop();
      if (D[s.v] != -1) continue;
      D[s.v] = s.d;
      for (auto& e : adj[s.v]) {
         if (D[e.first] == -1) pq.push({s.d + e.second, e.first});
      }
   }
   rep(i, n) {
      if (D[i] < 0) {
         std::cout << "INF" << "\n";
      }
      else {
         std::cout << D[i] << "\n";
      }
   }
   return 0;
}
