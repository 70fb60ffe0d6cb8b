#include<bits/stdc++.h>

void solve() {
    int H, W;
    std::cin >> H >> W;
    std::vector<std::string> nums(H);
    for (int i = 0; i < H; i++) {
        std::string s;
        std::cin >> s;
        nums[i] = s;
    }
    std::vector<std::string> res(W, std::string(H, '?'));
    for (int i = 0; i < H; i++) for (int j = 0; j < W; j++) {
        res[j][H - 1 - i] = nums[i][j];
    }
    for (auto& line : res) {
        std::cout << line << std::endl;
    }
}

int main() {
    std::ios::sync_with_stdio(0);
    std::cin.tie(nullptr);
    solve();
    return 0;
}