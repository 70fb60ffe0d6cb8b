/*
 * Rectangle Sums
 * 2019-01-24
 */
#include <iostream>
#include <vector>
using namespace std;

#define fi first
#define se second
#define mp make_pair
const long long LINF = 1LL << 60;

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int H, W, Q;
  cin >> H >> W >> Q;
  vector<vector<long long>> ps(H + 1, vector<long long>(W + 1, 0));
  for (int i = 0; i < H; i++) for (int j = 0; j < W; j++) {
    long long X;
    cin >> X;
    ps[i + 1][j + 1] = ps[i][j + 1] + ps[i + 1][j] - ps[i][j] + X;
  }
  while (Q--) {
    int r1, c1, r2, c2;
    cin >> r1 >> c1 >> r2 >> c2;
    long long s = ps[r2][c2] - ps[r1 - 1][c2] - ps[r2][c1 - 1] + ps[r1 - 1][c1 - 1];
    cout << s << endl;
  }
  return 0;
}
