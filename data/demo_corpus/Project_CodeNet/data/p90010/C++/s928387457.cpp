#include <algorithm>
#include <iostream>
#include <vector>
using std::cin;
using std::vector;

int count_le(const std::vector<int>& vec, int val) {
    int lo = -1, hi = vec.size();
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (vec[mid] <= val) lo = mid;
        else hi = mid;
    }
    return lo + 1;
}

void solve() {
    int n, qu; std::cin >> n >> qu;
    std::vector<int> vec(n);
    for (int j = 0; j < n; ++j) std::cin >> vec[j];
    std::sort(vec.begin(), vec.end());
    for (int i = 0; i < qu; ++i) {
        int val; std::cin >> val;
        std::cout << count_le(vec, val) << '\n';
    }
}

int main(void) {
    std::ios_base::sync_with_stdio(false); std::cin.tie(0);
    solve();
    return 0;
}
