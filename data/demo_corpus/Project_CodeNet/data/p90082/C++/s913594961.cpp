#include <bits/stdc++.h>
using namespace std;

#define MOD 1000000007

long long power(long long b, long long e) {
    long long r = 1;
    b %= MOD;
    while (e > 0) {
        if (e & 1) r = r * b % MOD;
        b = b * b % MOD;
        e >>= 1;
    }
    return r;
}

int main(int argc, char* argv[]) {
    ios_base::sync_with_stdio(false);
    cin.tie(NULL);
    const int N = 2000;
    vector<long long> fact(N + 1), inv(N + 1);
    fact[0] = 1;
    for (int i = 1; i < N + 1; i++) fact[i] = fact[i - 1] * i % MOD;
    // inverse factorials by Fermat's little theorem, then downwards
    inv[N] = power(fact[N], MOD - 2);
    for (int i = N - 1; i >= 0; i--) inv[i] = inv[i + 1] * (i + 1) % MOD;
    int que; cin >> que;
    for (int t = 0; t < que; t++) {
        int n, k; cin >> n >> k;
        cout << fact[n] * inv[k] % MOD * inv[n - k] % MOD << endl;
    }
}