#include <vector>
#include <algorithm>
#include <iostream>
using namespace std;

typedef long long ll;
#define pb push_back
#define fi first
#define mp make_pair
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

vector<vector<int>> ch;
vector<int> sz;

int dfs(int v) {
  sz[v] = 1;
  for (int c : ch[v]) {
    sz[v] += dfs(c);
  }
  return sz[v];
}

void solve() {
  int n; cin >> n;
  ch.resize(n + 1);
  sz.assign(n + 1, 0);
  for (int i = 2; i < n + 1; i++) {
    int p; cin >> p;
    ch[p].push_back(i);
  }
  dfs(1);
  for (int i = 1; i < n + 1; i++) {
    if (i - 1 > 0) cout << " ";
    cout << sz[i];
  }
  cout << '\n';
}

int main() {
  ios_base::sync_with_stdio(false); cin.tie(0);
  solve();
  return 0;
}