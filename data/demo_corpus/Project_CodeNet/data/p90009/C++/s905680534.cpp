#include <iostream>
#include <string>
#include <vector>
#include <algorithm>
using namespace std;

int main(int argc, char* argv[]) {
  string s, t; cin >> s >> t;
  int n = s.size(), m = t.size();
  vector<vector<int>> f(n + 1, vector<int>(m + 1, 0));
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < m; ++j) {
      if (s[i] == t[j]) {
        f[i + 1][j + 1] = f[i][j] + 1;
      } else {
        f[i + 1][j + 1] = max(f[i][j + 1], f[i + 1][j]);
      }
    }
  }
  cout << f[n][m] << "\n";
  return 0;
}