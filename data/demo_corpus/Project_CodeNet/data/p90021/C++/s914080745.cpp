#include<bits/stdc++.h>
using namespace std;

const long long MOD = 1000000007;

long long modpow(long long base, long long e) {
    long long result = 1;
    base %= MOD;
    while (e > 0) {
        if (e & 1) result = result * base % MOD;
        base = base * base % MOD;
        e >>= 1;
    }
    return result;
}

int main() {
    long long a, b; scanf("%lld %lld", &a, &b);
    printf("%lld\n", modpow(a, b));
    return 0;
}