// p90074
#include <cstdio>
#include <string>
#include <algorithm>
#include <vector>
#include <queue>
#include <utility>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    int H, W; scanf("%d %d", &H, &W);
    vector<string> maze(H);
    rep(i, H) {
        char buf[200005];
        scanf("%s", buf);
        string row = buf;
        maze[i] = row;
    }
    vector<vector<bool>> seen(H, vector<bool>(W, false));
    int res = 0;
    const int dr[4] = {1, -1, 0, 0};
    const int dc[4] = {0, 0, 1, -1};
    rep(i, H) {
        rep(j, W) {
            if (maze[i][j] != '.' || seen[i][j]) continue;
            int area = 0;
            queue<pair<int, int>> qu;
            qu.push({i, j});
            seen[i][j] = true;
            while (!qu.empty()) {
                auto [r, c] = qu.front();
                qu.pop();
                area++;
                rep(k, 4) {
                    int nr = r + dr[k], nc = c + dc[k];
                    if (nr >= 0 && nr < H && nc >= 0 && nc < W && maze[nr][nc] == '.' && !seen[nr][nc]) {
                        seen[nr][nc] = true;
                        qu.push({nr, nc});
                    }
                }
            }
            res = max(res, area);
        }
    }
    printf("%d\n", res);
    return 0;
}