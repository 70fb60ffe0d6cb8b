#include <iostream>
#include <vector>
#include <algorithm>
#include <cmath>
using std::vector;

#define all(x) (x).begin(), (x).end()
#define rep(i, n) for (int i = 0; i < (n); ++i)

int count_le(const std::vector<int>& A, int x) {
    int lo = -1, hi = A.size();
    while(hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if(A[mid] <= x) lo = mid;
        else hi = mid;
    }
    return lo;
}

void solve() {
    int n, q;
    std::cin >> n >> q;
    std::vector<int> A(n);
    for(auto& e : A) std::cin >> e;
    std::sort(all(A));
    rep(i, q) {
        int x;
        std::cin >> x;
        std::cout << count_le(A, x) << '\n';
    }
}

int main() {
    solve();
    return 0;
}
