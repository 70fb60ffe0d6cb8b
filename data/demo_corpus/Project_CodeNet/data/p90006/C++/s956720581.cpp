#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>
using std::string;
using std::vector;

#define fi first
typedef std::pair<int, int> pii;
const int INF = 1e9;

int H, W;
std::vector<std::string> maze;
std::vector<std::vector<bool>> used;

void dfs(int r, int c) {
   if(r < 0 || r >= H || c < 0 || c >= W) return;
   if(maze[r][c] != '#' || used[r][c]) return;
   used[r][c] = true;
   dfs(r + 1, c);
   dfs(r - 1, c);
   dfs(r, c + 1);
   dfs(r, c - 1);
}

int main() {
   scanf("%d %d", &H, &W);
   maze.resize(H);
   for(int i = 0; i < H; i++) {
      char buf[200005];
      scanf("%s", buf);
      std::string row = buf;
      maze[i] = row;
   }
   used.assign(H, std::vector<bool>(W, false));
   int tot = 0;
   for(int i = 0; i < H; i++) for(int j = 0; j < W; j++) {
      if(maze[i][j] == '#' && !used[i][j]) {
         dfs(i, j);
         tot++;
      }
   }
   printf("%d\n", tot);
}