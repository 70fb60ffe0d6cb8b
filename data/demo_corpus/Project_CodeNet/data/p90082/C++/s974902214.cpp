// p90082
#include <iostream>
#include <vector>
#include <cmath>

#define MOD 1000000007

long long power(long long b, long long e) {
    long long r = 1;
    b %= MOD;
    while(e > 0) {
        if(e & 1) r = r * b % MOD;
        b = b * b % MOD;
        e >>= 1;
    }
    return r;
}

int main() {
    const int N = 2000;
    std::vector<long long> fact(N + 1), inv(N + 1);
    fact[0] = 1;
    for(int i = 1; i < N + 1; ++i) fact[i] = fact[i - 1] * i % MOD;
    inv[N] = power(fact[N], MOD - 2);
    for(int i = N - 1; i >= 0; --i) inv[i] = inv[i + 1] * (i + 1) % MOD;
    int q;
    std::cin >> q;
    for(int t = 0; t < q; ++t) {
        int n, k;
        std::cin >> n >> k;
        std::cout << fact[n] * inv[k] % MOD * inv[n - k] % MOD << "\n";
    }
}
