#include<bits/stdc++.h>
using namespace std;

typedef long long ll;

struct State {
  ll d;
  int v;
  bool operator<(const State& o) const { return d > o.d; }
};

int main(void) {
  int n, m; scanf("%d%d", &n, &m);
  vector<vector<pair<int, ll>>> g(n);
  for(int i = 0; i < m; i++) {
    int u, v; scanf("%d%d", &u, &v);
    ll w; scanf("%lld", &w);
    g[u].emplace_back(v, w);
  }
  vector<ll> dis(n, -1);
  priority_queue<State> pq;
  pq.push({0, 0});
  while(!pq.empty()) {
    State s = pq.top();
    pq.pop();
    if(dis[s.v] != -1) continue;
    dis[s.v] = s.d;
    for(auto& e : g[s.v]) {
      if(dis[e.first] == -1) pq.push({s.d + e.second, e.first});
    }
  }
  for(int i = 0; i < n; i++) {
    if(dis[i] < 0) {
      printf("INF\n");
    }
    else {
      printf("%lld\n", dis[i]);
    }
  }
  return 0;
}