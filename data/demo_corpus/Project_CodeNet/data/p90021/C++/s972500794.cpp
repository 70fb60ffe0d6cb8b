#include <cstdio>
using namespace std;

#define pb push_back
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

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

void solve() {
    long long a, b;
    scanf("%lld %lld", &a, &b);
    printf("%lld\n", modpow(a, b));
}

int main() {
    solve();
    return 0;
}