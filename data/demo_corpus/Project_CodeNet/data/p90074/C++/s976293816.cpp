/*
 * Demo Contest 025 - Largest Room
 * 2021-03-09
 */
#include <iostream>
#include <string>
#include <vector>
#include <queue>
#include <utility>
using namespace std;

int main(void) {
  int H, W;
  cin >> H >> W;
  vector<string> board(H);
  for(int i = 0; i < H; i++) {
    string row;
    cin >> row;
    board[i] = row;
  }
  vector<vector<bool>> vis(H, vector<bool>(W, false));
  int ans = 0;
  const int dr[4] = {1, -1, 0, 0};
  const int dc[4] = {0, 0, 1, -1};
  for(int i = 0; i < H; i++) {
    for(int j = 0; j < W; j++) {
      if(board[i][j] != '.' || vis[i][j]) continue;
      int area = 0;
      queue<pair<int, int>> que;
      que.push({i, j});
      vis[i][j] = true;
      while(!que.empty()) {
        auto [r, c] = que.front();
        que.pop();
        area++;
        for(int k = 0; k < 4; k++) {
          int nr = r + dr[k], nc = c + dc[k];
          if(nr >= 0 && nr < H && nc >= 0 && nc < W && board[nr][nc] == '.' && !vis[nr][nc]) {
            vis[nr][nc] = true;
            que.push({nr, nc});
          }
        }
      }
      if(ans < area) ans = area;
    }
  }
  cout << ans << '\n';
  return 0;
}
