// author: u959234203
#include <iostream>
#include <vector>
using std::cin;
using std::vector;

struct FastIO { FastIO() { std::ios_base::sync_with_stdio(false); std::cin.tie(NULL); } } fastio_;

int main()
{
  int H, W, Q;
  std::cin >> H >> W >> Q;
  std::vector<std::vector<long long>> psum(H + 1, std::vector<long long>(W + 1, 0));
  for (int i = 0; i < H; ++i) for (int j = 0; j < W; ++j)
  {
    long long x;
    std::cin >> x;
    psum[i + 1][j + 1] = psum[i][j + 1] + psum[i + 1][j] - psum[i][j] + x;
  }
  while (Q--)
  {
    int r1, c1, r2, c2;
    std::cin >> r1 >> c1 >> r2 >> c2;
    long long s = psum[r2][c2] - psum[r1 - 1][c2] - psum[r2][c1 - 1] + psum[r1 - 1][c1 - 1];
    std::cout << s << std::endl;
  }
  return 0;
}