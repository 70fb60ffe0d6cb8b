// author: u918128513
#include <iostream>

void solve() {
    long long n;
    std::cin >> n;
    long long c = 0;
    for (long long i = 1; i * i <= n; i++) {
        if (n % i == 0) {
            c += (i * i == n) ? 1 : 2
        }
    }
    std::cout << c << "\n";
}

int main() {
    solve();
    return 0;
}
