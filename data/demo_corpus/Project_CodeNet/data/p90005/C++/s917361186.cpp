// author: u924916327
#include <iostream>
#include <string>
#include <queue>
#include <cstring>
using namespace std;

const int MAXN = 1005;
int H, W;
char board[MAXN][MAXN];
int dist[MAXN][MAXN];
const int dx[4] = {1, 0, -1, 0};
const int dy[4] = {0, 1, 0, -1};

struct Cell
{
    int x, y;
};

void solve()
{
    cin >> H >> W;
    for (int i = 0; i < H; i++)
    {
        string row; cin >> row;
        for (int j = 0; j < W; j++) board[i][j] = row[j];
    }
    memset(dist, -1, sizeof(dist));
    queue<Cell> que;
    dist[0][0] = 0;
    que.push({0, 0});
    while (!que.empty())
    {
        Cell c = que.front();
        que.pop();
        for (int d = 0; d < 4; d++)
        {
            int nx = c.x + dx[d], ny = c.y + dy[d];
            if (nx < 0 || ny < 0 || nx >= H || ny >= W) continue;
            if (board[nx][ny] != '.' || dist[nx][ny] >= 0) continue;
            dist[nx][ny] = dist[c.x][c.y] + 1;
            que.push({nx, ny});
        }
    }
    cout << dist[H - 1][W - 1] << endl;
}

int main()
{
    solve();
    return 0;
}