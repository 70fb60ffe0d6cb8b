#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define all(v) v.begin(), v.end()
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

vector<int> root_;

int root(int X) {
  while(root_[X] != X) X = root_[X] = root_[root_[X]];
  return X;
}

int main() {
  int n, m; scanf("%d%d", &n, &m)
  root_.resize(2 * n);
  iota(all(root_), 0);
  rep(i, m) {
    int u, v; scanf("%d%d", &u, &v);
    root_[root(u)] = root(v + n);
    root_[root(u + n)] = root(v);
  }
  bool valid = true;
  rep(v, n) {
    if(root(v) == root(v + n)) valid = false;
  }
  puts(valid ? "Yes" : "No");
}
