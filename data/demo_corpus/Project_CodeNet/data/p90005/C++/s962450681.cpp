/*
 * Demo Contest 002 - Maze
 * 2014-06-29
 */
#include <iostream>
#include <string>
#include <vector>
#include <queue>
#include <utility>
#include <cstdlib>
using namespace std;

int main() {
  ios::sync_with_stdio(false);
  cin.tie(nullptr);
  int H, W;
  cin >> H >> W;
  vector<string> grid(H);
  for (int i = 0; i < H; i++) {
    string row;
    cin >> row;
    grid[i] = row;
  }
  vector<vector<int>> d(H, vector<int>(W, -1));
  queue<pair<int, int>> Q;
  if (grid[0][0] == '.') {
    d[0][0] = 0;
    Q.push(make_pair(0, 0));
  }
  int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
  while (!Q.empty()) {
    auto [r, c] = Q.front();
    Q.pop();
    for (int k = 0; k < 4; k++) {
      int nr = r + dr[k], nc = c + dc[k];
      if (nr < 0 || nr >= H || nc < 0 || nc >= W) continue;
      if (grid[nr][nc] == '#' || d[nr][nc] != -1) continue;
      d[nr][nc] = d[r][c] + 1;
      Q.push(make_pair(nr, nc));
    }
  }
  cout << d[H - 1][W - 1] << "\n";
  return 0;
}
