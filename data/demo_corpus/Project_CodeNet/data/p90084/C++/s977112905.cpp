#include <cstdio>
#include <vector>
#include <algorithm>
#include <cmath>
using namespace std;

typedef long long ll;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> h(n);
    for (int j = 0; j < n; ++j) scanf("%d", &h[j]);
    vector<int> lmax(n), rmax(n);
    for (int i = 0; i < n; ++i) lmax[i] = max(h[i], i > 0 ? lmax[i - 1] : 0);
    for (int i = n - 1; i >= 0; --i) rmax[i] = max(h[i], i + 1 < n ? rmax[i + 1] : 0);
    ll ans = 0;
    for (int i = 0; i < n; ++i) {
        ans += min(lmax[i], rmax[i]) - h[i];
    }
    printf("%lld\n", ans);
}