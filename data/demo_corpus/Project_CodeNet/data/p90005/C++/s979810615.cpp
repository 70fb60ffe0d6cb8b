// p90005
#include <bits/stdc++.h>
using namespace std;

#define REP(i,n) for(int i=0;i<(int)(n);i++)

const int MAXN = 1005;
int H, W;
char field[MAXN][MAXN];
int dis[MAXN][MAXN];
const int dx[4] = {1, 0, -1, 0};
const int dy[4] = {0, 1, 0, -1};

struct Cell {
  int x, y;
};

void solve() {
  scanf("%d%d", &H, &W);
  REP(i, H) {
    char buf[200005];
    scanf("%s", buf);
    string row = buf;
    REP(j, W) field[i][j] = row[j];
  }
  memset(dis, -1, sizeof(dis));
  queue<Cell> Q;
  dis[0][0] = 0;
  Q.push({0, 0});
  while (!Q.empty()) {
    Cell c = Q.front();
    Q.pop();
    REP(d, 4) {
      int nx = c.x + dx[d], ny = c.y + dy[d];
      if (nx < 0 || ny < 0 || nx >= H || ny >= W) continue;
      if (field[nx][ny] != '.' || dis[nx][ny] >= 0) continue;
      dis[nx][ny] = dis[c.x][c.y] + 1;
      Q.push({nx, ny});
    }
  }
  printf("%d\n", dis[H - 1][W - 1]);
}

int main() {
  solve();
  return 0;
}