#include <iostream>
#include <string>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

#define fi first
#define se second
#define mp make_pair
using P = pair<int, int>;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

void solve() {
  string s; cin >> s;
  vector<int> last(26, -1);
  int res = 0, left = 0;
  for (int i = 0; i < (int)s.size(); ++i) {
    int c = s[i] - 'a';
    if (last[c] >= left) left = last[c] + 1;
    last[c] = i;
    res = max(res, i - left + 1);
  }
  cout << res << '\n';
}

int main() {
  ios::sync_with_stdio(0);
  cin.tie(0);
  solve();
  return 0;
}