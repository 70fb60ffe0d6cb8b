#include <iostream>
#include <vector>
#include <queue>
#include <utility>
using namespace std;

int main() {
    int n;
    cin >> n;
    int sx, sy, tx, ty;
    cin >> sx >> sy >> tx >> ty;
    vector<vector<int>> dis(n + 1, vector<int>(n + 1, -1));
    const int mr[8] = {1, 2, 2, 1, -1, -2, -2, -1};
    const int mc[8] = {2, 1, -1, -2, -2, -1, 1, 2};
    queue<pair<int, int>> que;
    dis[sx][sy] = 0;
    que.push({sx, sy});
    while (!que.empty()) {
        auto [r, c] = que.front();
        que.pop();
        for (int k = 0; k < 8; k++) {
            int nr = r + mr[k], nc = c + mc[k];
            if (nr < 1 || nr > n || nc < 1 || nc > n) continue;
            if (dis[nr][nc] != -1) continue;
            dis[nr][nc] = dis[r][c] + 1;
            que.push({nr, nc});
        }
    }
    cout << dis[tx][ty] << '\n';
    return 0;
}
