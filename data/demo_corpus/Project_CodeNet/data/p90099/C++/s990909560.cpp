#include <cmath>
#include <iostream>
#include <vector>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(0); } } fastio_;

void solve() {
  int n; cin >> n;
  vector<int> p(n);
  for (int i = 0; i < n; i++) {
    cin >> p[i];
    p[i]--;
  }
  vector<bool> used(n, false);
  int result = 0;
  for (int i = 0; i < n; i++) {
    if (used[i]) continue;
    int len = 0;
    for (int j = i; !used[j]; j = p[j]) {
      used[j] = true;
      len++;
    }
    result += len - 1;
  }
  cout << result << endl;
}

int main() {
  solve();
  return 0;
}
