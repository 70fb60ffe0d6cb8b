#include <iostream>
#include <string>
#include <vector>
using namespace std;

int H, W;
vector<string> maze;
vector<vector<bool>> seen;

void dfs(int r, int c) {
    if (r < 0 || r >= H || c < 0 || c >= W) return;
    if (maze[r][c] != '#' || seen[r][c]) return;
    seen[r][c] = true;
    dfs(r + 1, c);
    dfs(r - 1, c);
    dfs(r, c + 1);
    dfs(r, c - 1);
}

int main() {
    ios::sync_with_stdio(0);
    cin.tie(0);
    cin >> H >> W;
    maze.resize(H);
    for (int i = 0; i < H; i++) {
        string row;
        cin >> row;
        maze[i] = row;
    }
    seen.assign(H, vector<bool>(W, false));
    int tot = 0;
    for (int i = 0; i < H; i++) for (int j = 0; j < W; j++) {
        if (maze[i][j] == '#' && !seen[i][j]) {
            dfs(i, j);
            tot++;
        }
    }
    cout << tot << endl;
    return 0;
}