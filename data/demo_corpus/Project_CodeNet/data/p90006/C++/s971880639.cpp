// p90006
#include <iostream>
#include <string>
#include <vector>
#include <queue>
#include <utility>

struct FastIO { FastIO() { std::ios::sync_with_stdio(0); std::cin.tie(nullptr); } } fastio_;

int main() {
    int H, W;
    std::cin >> H >> W;
    std::vector<std::string> board(H);
    for(int i = 0; i < H; i++) {
        std::string row;
        std::cin >> row;
        board[i] = row;
    }
    int cnt = 0;
    const int dr[] = {0, 0, 1, -1};
    const int dc[] = {1, -1, 0, 0};
    for(int i = 0; i < H; i++) {
        for(int j = 0; j < W; j++) {
            if(board[i][j] != '#') continue;
            cnt++;
            std::queue<std::pair<int, int>> qu;
            qu.push({i, j});
            board[i][j] = '.';
            while(!qu.empty()) {
                auto now = qu.front();
                qu.pop();
                for(int k = 0; k < 4; k++) {
                    int r = now.first + dr[k], c = now.second + dc[k];
                    if(r >= 0 && r < H && c >= 0 && c < W && board[r][c] == '#') {
                        board[r][c] = '.';
                        qu.push({r, c});
                    }
                }
            }
        }
    }
    std::cout << cnt << "\n";
    return 0;
}