#include<bits/stdc++.h>
using std::vector;

void solve() {
    int n; std::cin >> n;
    int64_t k; std::cin >> k;
    std::vector<int64_t> A(n);
    for(auto& x : A) std::cin >> x;
    int64_t ret = 0, total = 0;
    int left = 0;
    for(int right = 0; right < n; right++) {
        total += A[right];
        while(left <= right && total > k) {
            total -= A[left];
            left++;
        }
        ret += right - left + 1;
    }
    std::cout << ret << std::endl;
}

int main() {
    solve();
    return 0;
}