// p90012
#include <bits/stdc++.h>
using namespace std;

void solve() {
  string s;
  cin >> s;
  string r = s;
  reverse(r.begin(), r.end());
  bool ok = (s == r);
  cout << (ok ? "Yes" : "No") << endl;
}

int main() {
  solve();
  return 0;
}
