// author: u907484944
#include <vector>
#include <cstdint>
#include <iostream>
#include <algorithm>

void solve() {
    int n;
    std::cin >> n;
    std::vector<int64_t> A(n);
    for (int j = 0; j < n; j++) std::cin >> A[j];
    int64_t best = A[0], t = 0;
    for (int i = 0; i < n; i++) {
        // extend the current run or start again at i
        t = std::max(t + A[i], A[i]);
        best = std::max(best, t);
    }
    std::cout << best << "\n";
}

int main() {
    std::ios::sync_with_stdio(0);
    std::cin.tie(NULL);
    solve();
    return 0;
}