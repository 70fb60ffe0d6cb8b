#include <iostream>
#include <vector>
#include <cstdint>
#include <string>

const int MOD = 1000000007;

void solve() {
  int H, W;
  std::cin >> H >> W;
  std::vector<std::string> grid(H);
  for (int i = 0; i < H; i++) {
    std::string row;
    std::cin >> row;
    grid[i] = row;
  }
  std::vector<std::vector<int>> f(H, std::vector<int>(W, 0));
  f[0][0] = 1;
  for (int i = 0; i < H; i++) {
    for (int j = 0; j < W; j++) {
      if (grid[i][j] == '#') {
        f[i][j] = 0;
        continue;
      }
      if (i > 0) f[i][j] = (f[i][j] + f[i - 1][j]) % MOD;
      if (j > 0) f[i][j] = (f[i][j] + f[i][j - 1]) % MOD;
    }
  }
  std::cout << f[H - 1][W - 1] << '\n';
}

int main() {
  std::ios::sync_with_stdio(false);
  std::cin.tie(NULL);
  solve();
  return 0;
}