// p90008
#include <algorithm>
#include <iostream>
#include <utility>
#include <vector>

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
template<class T, class U> inline void chmax(T &a, U b) { if (a < b) a = b; }
#define fi first
#define mp make_pair
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
  int n; std::cin >> n;
  std::vector<int> nums(n);
  for (auto& x : nums) std::cin >> x;
  std::vector<int> tbl(n, 1);
  int res = 0;
  rep(i, n) {
    rep(j, i) {
      if (nums[j] < nums[i]) {
        chmax(tbl[i], tbl[j] + 1);
      }
    }
    chmax(res, tbl[i]);
  }
  std::cout << res << '\n';
  return 0;
}
