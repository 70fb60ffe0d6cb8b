#include <bits/stdc++.h>
using std::cin;

void solve() {
    int n;
    std::cin >> n;
    for (int i = 1; i <= n; i++) {
        if (i % 15 == 0) {
            std::cout << "FizzBuzz" << "\n";
        } else if (i % 3 == 0) {
            std::cout << "Fizz" << "\n";
        } else if (i % 5 == 0) {
            std::cout << "Buzz" << "\n";
        } else {
            std::cout << i << "\n";
        }
    }
}

int main() {
    std::ios::sync_with_stdio(0);
    std::cin.tie(NULL);
    solve();
    return 0;
}
