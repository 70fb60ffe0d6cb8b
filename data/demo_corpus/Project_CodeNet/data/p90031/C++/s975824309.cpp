#include <iostream>
#include <vector>
#include <algorithm>
#include <tuple>
#include <numeric>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define all(v) v.begin(), v.end()
#define pb push_back
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(0); } } fastio_;

vector<int> root_;

int root(int x)
{
  return root_[x] == x ? x : root_[x] = root(root_[x]);
}

int main()
{
  int n, m;
  cin >> n >> m;
  vector<tuple<ll, int, int>> edges;
  rep(i, m)
  {
    int u, v;
    cin >> u >> v;
    ll w;
    cin >> w;
    edges.emplace_back(w, u, v);
  }
  sort(all(edges));
  root_.resize(n);
  iota(all(root_), 0);
  ll total = 0;
  for (auto& [w, u, v] : edges)
  {
    int ru = root(u), rv = root(v);
    if (ru == rv) continue;
    root_[ru] = rv;
    total += w;
  }
  cout << total << "\n";
  return 0;
}