// Demo Contest 001 - Sum of a Sequence
#include <cstdio>
#include <vector>
#include <numeric>
using namespace std;

typedef long long ll;

int main() {
    int n;
    scanf("%d", &n);
    vector<ll> a(n);
    for (int i = 0; i < n; i++) scanf("%lld", &a[i]);
    // accumulate with a 64-bit initial value, 0 would overflow
    ll total = accumulate(a.begin(), a.end(), 0LL);
    printf("%lld\n", total);
}