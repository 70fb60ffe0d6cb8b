/*
 * Demo Contest 026 - Subtree Sizes
 * 2020-12-20
 */
#include <bits/stdc++.h>
using namespace std;

int main()
{
  ios::sync_with_stdio(false);
  int n; cin >> n;
  vector<int> p(n + 1, 0), sz(n + 1, 1);
  for (int i = 2; i < n + 1; i++) {
    cin >> p[i];
  }
  for (int v = n; v >= 2; v--) {
    sz[p[v]] += sz[v];
  }
  for (int v = 1; v < n + 1; v++) {
    if (v - 1) cout << ' ';
    cout << sz[v];
  }
  cout << endl;
  return 0;
}