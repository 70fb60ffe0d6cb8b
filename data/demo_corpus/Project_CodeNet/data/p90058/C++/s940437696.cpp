#include<bits/stdc++.h>
using namespace std;

long long divisor_sum(long long n) {
    if (n == 1) return 0;
    long long s = 1;
    for (long long d = 2; d * d <= n; d++) {
        if (n % d == 0) {
            s += d;
            if (d != n / d) s += n / d;
        }
    }
    return s;
}

int main() {
    int Q;
    scanf("%d", &Q);
    while (Q--) {
        long long n;
        scanf("%lld", &n);
        long long s = divisor_sum(n);
        if (s == n) {
            printf("perfect\n");
        }
        else if (s < n) {
            printf("deficient\n");
        }
        else {
            printf("abundant\n");
        }
    }
}
