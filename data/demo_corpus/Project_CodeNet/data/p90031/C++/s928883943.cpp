#include <utility>
#include <queue>
#include <functional>
#include <vector>
#include <iostream>
using namespace std;

#define ll long long
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define fi first
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main()
{
  int n, m; cin >> n >> m;
  vector<vector<pair<ll, int>>> graph(n);
  REP(i, m)
  {
    int u, v; cin >> u >> v;
    ll w; cin >> w;
    graph[u].push_back({w, v});
    graph[v].push_back({w, u});
  }
  vector<bool> used(n, false);
  priority_queue<pair<ll, int>, vector<pair<ll, int>>, greater<pair<ll, int>>> pq;
  pq.push({0, 0});
  ll total = 0;
  while (!pq.empty())
  {
    auto [w, u] = pq.top();
    pq.pop();
    if (used[u]) continue;
    used[u] = true;
    total += w;
    for (auto& e : graph[u])
    {
      if (!used[e.second]) pq.push(e);
    }
  }
  cout << total << '\n';
  return 0;
}