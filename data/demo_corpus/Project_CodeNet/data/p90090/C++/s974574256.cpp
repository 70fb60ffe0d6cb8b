/*
 * Minesweeper
 * 2022-06-16
 */
#include <iostream>
#include <string>
using namespace std;

#define REP(i, n) for (int i = 0; i < (n); ++i)
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)

char mine[102][102];

int main() {
  ios::sync_with_stdio(0); cin.tie(NULL);
  int H, W;
  cin >> H >> W;
  REP(i, H) {
    string s;
    cin >> s;
    REP(j, W) mine[i + 1][j + 1] = s[j];
  }
  const int d8[8][2] = {{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}};
  FOR(i, 1, H + 1) {
    FOR(j, 1, W + 1) {
      if (mine[i][j] == '*') {
        cout << '*';
        continue;
      }
      int n = 0;
      for (auto& d : d8) n += mine[i + d[0]][j + d[1]] == '*';
      cout << n;
    }
    cout << '\n';
  }
  return 0;
}
