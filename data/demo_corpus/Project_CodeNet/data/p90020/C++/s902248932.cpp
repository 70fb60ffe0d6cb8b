// 2016-06-23
#include <cstdio>

const long long MOD = 1000000007;

int main() {
    int n;
    scanf("%d", &n);
    long long a = 0, b = 1;
    for (int i = 0; i < n; ++i) {
        long long c = (a + b) % MOD;
        a = b;
        b = c;
    }
    printf("%lld\n", a);
    return 0;
}
