#include<bits/stdc++.h>
using namespace std;

signed main() {
    int n; scanf("%d", &n);
    long long a = 1, b = 1, c = 2;
    if (n == 1) {
        printf("%d\n", 1);
        return 0;
    }
    for (int i = 3; i < n + 1; i++) {
        long long d = (a + b + c) % 1000000007;
        a = b;
        b = c;
        c = d;
    }
    printf("%lld\n", c);
