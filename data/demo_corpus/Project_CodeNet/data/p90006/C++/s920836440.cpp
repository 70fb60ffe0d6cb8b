#include<bits/stdc++.h>
using namespace std;

int H, W;
vector<string> board;
vector<vector<bool>> used;

void dfs(int r, int c) {
   if (r < 0 || r >= H || c < 0 || c >= W) return;
   if (board[r][c] != '#' || used[r][c]) return;
   used[r][c] = true;
   dfs(r + 1, c);
   dfs(r - 1, c);
   dfs(r, c + 1);
   dfs(r, c - 1);
}

int main() {
   ios::sync_with_stdio(false);
   cin.tie(nullptr);
   cin >> H >> W;
   board.resize(H);
   for (int i = 0; i < H; i++) {
      string row;
      cin >> row;
      board[i] = row;
   }
   used.assign(H, vector<bool>(W, false));
   int num = 0;
   for (int i = 0; i < H; i++) for (int j = 0; j < W; j++) {
      if (board[i][j] == '#' && !used[i][j]) {
         dfs(i, j);
         num++;
      }
   }
   cout << num << '\n';
   return 0;
}