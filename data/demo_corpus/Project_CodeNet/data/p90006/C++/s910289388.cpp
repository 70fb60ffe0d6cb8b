#include <utility>
#include <iostream>
#include <queue>
#include <string>
#include <vector>
using std::cin;
using std::string;
using std::vector;

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
#define se second
typedef std::pair<int, int> pii;
typedef std::vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main()
{
  std::ios::sync_with_stdio(0);
  int H, W;
  std::cin >> H >> W;
  std::vector<std::string> maze(H);
  rep(i, H) {
    std::string row;
    std::cin >> row;
    maze[i] = row;
  }
  int num = 0;
  const int dr[] = {0, 0, 1, -1};
  const int dc[] = {1, -1, 0, 0};
  rep(i, H) {
    rep(j, W) {
      if (maze[i][j] != '#') continue;
      num++;
      // flood the island so it is not counted again
      std::queue<std::pair<int, int>> qu;
      qu.push({i, j});
      maze[i][j] = '.';
      while (!qu.empty()) {
        auto now = qu.front();
        qu.pop();
        rep(k, 4) {
          int r = now.first + dr[k], c = now.second + dc[k];
          if (r >= 0 && r < H && c >= 0 && c < W && maze[r][c] == '#') {
            maze[r][c] = '.';
            qu.push({r, c});
          }
        }
      }
    }
  }
  std::cout << num << std::endl;
  return 0;
}
