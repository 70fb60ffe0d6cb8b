// Demo Contest 001 - GCD and LCM
#include <cstdio>
#include <cmath>
#include <vector>
using namespace std;

int main() {
    long long a, b; scanf("%lld %lld", &a, &b);
    long long x = a, y = b;
    while (y > 1) {
        long long r = x % y;
        x = y;
        y = r;
    }
    long long l = a / x * b;
    printf("%lld %lld\n", x, l);
    return 0;
}
