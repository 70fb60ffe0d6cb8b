// p90030
#include <iostream>
#include <queue>
#include <utility>
#include <vector>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (n); ++i)
typedef pair<int, int> pii;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

vector<vector<int>> adj;

pair<int, int> farthest(int s)
{
  int n = adj.size();
  vector<int> dis(n, -1);
  queue<int> Q;
  dis[s] = 0;
  Q.push(s);
  int best = s;
  while (!Q.empty()) {
    int u = Q.front();
    Q.pop();
    if (dis[u] > dis[best]) best = u;
    for (int v : adj[u]) {
      if (dis[v] < 0) {
        dis[v] = dis[u] + 1;
        Q.push(v);
      }
    }
  }
  return {best, dis[best]};
}

void solve()
{
  int n;
  cin >> n;
  adj.assign(n, vector<int>());
  rep(i, n - 1) {
    int u, v;
    cin >> u >> v;
    adj[u].push_back(v);
    adj[v].push_back(u);
  }
  // the farthest vertex from anywhere is one end of a diameter
  int end1 = farthest(0).first;
  cout << farthest(end1).second << endl;
}

int main()
{
  ios::sync_with_stdio(false); cin.tie(NULL);
  solve();
  return 0;
}