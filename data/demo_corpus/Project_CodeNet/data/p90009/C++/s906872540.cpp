// author: u993662195
#include <vector>
#include <string>
#include <cstdio>
#include <algorithm>
using namespace std;

int main() {
  char buf[3005];
  scanf("%s", buf);
  string s = buf;
  char tmp[3005];
  scanf("%s", tmp);
  string t = tmp;
  int n = s.size(), m = t.size();
  vector<vector<int>> tbl(n + 1, vector<int>(m + 1, 0));
  for (int i = 0; i < n; i++) {
    for (int j = 0; j < m; j++) {
      if (s[i] == t[j]) {
        tbl[i + 1][j + 1] = tbl[i][j] + 1;
      } else {
        tbl[i + 1][j + 1] = max(tbl[i][j + 1], tbl[i + 1][j]);
      }
    }
  }
  printf("%d\n", tbl[n][m]);
  return 0;
}
