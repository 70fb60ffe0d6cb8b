// Demo Contest 024 - Integer Square Root
#include <iostream>
using namespace std;

int main() {
    ios::sync_with_stdio(0); cin.tie(nullptr);
    int qu; cin >> qu;
    while (qu--) {
        long long n; cin >> n;
        long long lo = 0, hi = 1000000001;
        // lo * lo <= n < hi * hi
        while (hi - lo > 1) {
            long long mid = (lo + hi) / 2;
            if (mid * mid <= n) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        cout << hi << "\n";
    }
    return 0;
}
