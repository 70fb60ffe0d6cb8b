#include <bits/stdc++.h>
using std::cin;

int main() {
  std::ios::sync_with_stdio(false);
  std::cin.tie(NULL);
  int g[9][9];
  for (int i = 0; i < 9; ++i) for (int j = 0; j < 9; ++j) {
    std::cin >> g[i][j];
  }
  bool good = true;
  for (int i = 0; i < 9; ++i) {
    bool row[10] = {false}, col[10] = {false}, box[10] = {false};
    for (int j = 0; j < 9; ++j) {
      int a = g[i][j], b = g[j][i];
      int c = g[i / 3 * 3 + j / 3][i % 3 * 3 + j % 3];
      if (row[a] || col[b] || box[c]) good = false;
      row[a] = col[b] = box[c] = true;
    }
  }
  std::cout << ((good ? "Yes" : "No")) << std::endl;
  return 0;
}
