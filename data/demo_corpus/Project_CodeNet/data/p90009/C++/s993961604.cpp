#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
#include <utility>
#include <vector>
using std::vector;

using ll = long long;
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;

void solve() {
  std::string s, t;
  std::cin >> s >> t;
  int n = s.size(), m = t.size();
  std::vector<std::vector<int>> memo(n + 1, std::vector<int>(m + 1, 0));
  rep(i, n) {
    rep(j, m) {
      if (s[i] == t[j]) {
        memo[i + 1][j + 1] = memo[i][j] + 1;
      } else {
        memo[i + 1][j + 1] = std::max(memo[i][j + 1], memo[i + 1][j]);
      }
    }
  }
  std::cout << memo[n][m] << std::endl;
}

int main() {
  solve();
  return 0;
}