// p90074
#include <iostream>
#include <string>
#include <vector>
using std::cin;
using std::string;
using std::vector;

int H, W;
std::vector<std::string> field;

int fill_from(int r, int c) {
  if(r < 0 || r >= H || c < 0 || c >= W || field[r][c] != '.') return 0;
  field[r][c] = '#';
  return 1 + fill_from(r + 1, c) + fill_from(r, c + 1);
}

int main() {
  std::ios::sync_with_stdio(0); std::cin.tie(0);
  std::cin >> H >> W;
  field.resize(H);
  for(int i = 0; i < H; i++) {
    std::string row; std::cin >> row;
    field[i] = row;
  }
  int best = 0;
  for(int i = 0; i < H; i++) for(int j = 0; j < W; j++) {
    int got = fill_from(i, j);
    if(best < got) best = got;
  }
  std::cout << best << '\n';
}
