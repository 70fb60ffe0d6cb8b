#include <iostream>
#include <string>
using std::string;

int main() {
    int que;
    std::cin >> que;
    for (int k = 0; k < que; k++) {
        long long n;
        std::cin >> n;
        long long acc = 0;
        for (long long d = 1; d * d <= n; d++) {
            if (n % d != 0) continue;
            if (d != n) acc += d;
            long long e = n / d;
            if (e != d && e != n) acc += e;
        }
        std::string kind = acc == n ? "perfect" : (acc < n ? "deficient" : "abundant");
        std::cout << kind << '\n';
    }
}
