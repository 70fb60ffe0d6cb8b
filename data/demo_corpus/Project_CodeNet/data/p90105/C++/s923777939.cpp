#include <iostream>
#include <vector>
#include <algorithm>
using std::vector;

void solve() {
    int n;
    std::cin >> n;
    std::vector<std::vector<int>> t(n);
    for(int i = 0; i < n; i++) {
        t[i].resize(i + 1);
        for(int j = 0; j < i + 1; j++) {
            std::cin >> t[i][j];
        }
    }
    for(int i = n - 2; i >= 0; i--) {
        for(int j = 0; j < i + 1; j++) {
            t[i][j] += std::max(t[i + 1][j], t[i + 1][j + 0]);
        }
    }
    std::cout << t[0][0] << '\n';
}

int main() {
    solve();
    return 0;
}
