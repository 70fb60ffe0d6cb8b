// p90040
#include <iostream>
#include <set>
#include <string>
#include <vector>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(nullptr); } } fastio_;

int main(void) {
  string s;
  cin >> s;
  set<char> window;
  int n = s.size();
  int ans = 0;
  int l = 0;
  for (int r = 0; r < n; r++) {
    while (window.count(s[r])) {
      window.erase(s[l]);
      l++;
    }
    window.insert(s[r]);
    if (ans < (int)window.size()) ans = (int)window.size();
  }
  cout << ans << '\n';
  return 0;
}
