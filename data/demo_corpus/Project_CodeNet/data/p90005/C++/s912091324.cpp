// author: u948066921
#include <iostream>
#include <string>
#include <vector>
#include <queue>
#include <utility>
using std::cin;
using std::string;
using std::vector;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define fi first
typedef std::vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
  std::ios_base::sync_with_stdio(false);
  int H, W; std::cin >> H >> W;
  std::vector<std::string> field(H);
  rep(i, H) {
    std::string row; std::cin >> row;
    field[i] = row;
  }
  std::vector<std::vector<int>> dis(H, std::vector<int>(W, -1));
  std::queue<std::pair<int, int>> q;
  if (field[0][0] == '.') {
    dis[0][0] = 0;
    q.push(std::make_pair(0, 0));
  }
  int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
  while (!q.empty()) {
    auto [r, c] = q.front();
    q.pop();
    rep(k, 4) {
      int nr = r + dr[k], nc = c + dc[k];
      if (nr < 0 || nr >= H || nc < 0 || nc >= W) continue;
      if (field[nr][nc] == '#' || dis[nr][nc] != -1) continue;
      dis[nr][nc] = dis[r][c] + 1;
      q.push(std::make_pair(nr, nc));
    }
  }
  std::cout << dis[H - 1][W - 1] << std::endl;
  return 0;
}
