#include <bits/stdc++.h>
using namespace std;

long long euclid(long long a, long long b) {
    while (b != 0) {
        long long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

int main() {
    long long x1, y1, x2, y2;
    scanf("%lld%lld%lld%lld", &x1, &y1, &x2, &y2);
    long long dx = abs(x2 - x1);
    long long dy = abs(y2 - y1);
    printf("%lld\n", euclid(dx, dy) + 1);
    return 0;
}
