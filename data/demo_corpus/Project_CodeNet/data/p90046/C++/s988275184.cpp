// p90046
#include <iostream>
#include <numeric>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define pb push_back
#define fi first
#define se second
typedef pair<int, int> pii;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

// vertex v is "v is color 0", vertex v + n is "v is color 1"
vector<int> p;

int root(int x) {
  while (p[x] != x) x = p[x] = p[p[x]];
  return x;
}

int main() {
  int n, m;
  cin >> n >> m;
  p.resize(2 * n);
  iota(p.begin(), p.end(), 0);
  for (int i = 0; i < m; ++i) {
    int u, v;
    cin >> u >> v;
    p[root(u)] = root(v + n);
    p[root(u + n)] = root(v);
  }
  bool good = true;
  for (int v = 0; v < n; ++v) {
    if (root(v) == root(v + n)) good = false;
  }
  cout << ((good ? "Yes" : "No")) << endl;
  return 0;
}
