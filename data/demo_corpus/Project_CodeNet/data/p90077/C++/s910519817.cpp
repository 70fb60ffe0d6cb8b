// Demo Contest 026 - Non-Adjacent Sum
#include <cstdio>
#include <vector>
using namespace std;

typedef long long ll;

int main() {
    int n;
    scanf("%d", &n);
    vector<ll> A(n);
    for (int j = 0; j < n; j++) scanf("%lld", &A[j]);
    ll best = 0;
    // every subset with no two neighbours
    for (ll mask = 0; mask < (1LL << n); mask++) {
        if (mask & (mask >> 1)) continue;
        ll s = 0;
        for (int i = 0; i < n; i++) {
            if (mask >> i & 1) s += A[i];
        }
        if (best < s) best = s;
    }
    printf("%lld\n", best);
    return 0;
}