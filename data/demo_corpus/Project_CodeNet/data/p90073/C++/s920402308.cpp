#include<cstdio>
#include<vector>
#include<queue>
#include<utility>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    int sx, sy, tx, ty;
    scanf("%d %d %d %d", &sx, &sy, &tx, &ty);
    vector<vector<int>> D(n + 1, vector<int>(n + 1, -1));
    const int mr[8] = {1, 2, 2, 1, -1, -2, -2, -1};
    const int mc[8] = {2, 1, -1, -2, -2, -1, 1, 2};
    queue<pair<int, int>> q;
    D[sx][sy] = 0;
    q.push({sx, sy});
    while (!q.empty()) {
        auto [r, c] = q.front();
        q.pop();
        for (int k = 0; k < 8; k++) {
            int nr = r + mr[k], nc = c + mc[k];
            if (nr < 1 || nr > n || nc < 1 || nc > n) continue;
            if (D[nr][nc] != -1) continue;
            D[nr][nc] = D[r][c] + 1;
            q.push({nr, nc});
        }
    }
    printf("%d\n", D[tx][ty]);
    return 0;
}
