#include <bits/stdc++.h>
using namespace std;

typedef long long LL;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
#define pb push_back
#define fi first
#define mp make_pair
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(NULL); } } fastio_;

char mine[102][102];

int main() {
  int H, W;
  cin >> H >> W;
  rep(i, H) {
    string s;
    cin >> s;
    rep(j, W) mine[i + 1][j + 1] = s[j];
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
