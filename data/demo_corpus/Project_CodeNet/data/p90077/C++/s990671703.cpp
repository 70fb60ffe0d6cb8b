// Demo Contest 026 - Non-Adjacent Sum
#include <bits/stdc++.h>
using std::vector;

typedef long long ll;

int main() {
    int n;
    scanf("%d", &n);
    std::vector<ll> arr(n);
    for (int j = 0; j < n; j++) scanf("%lld", &arr[j]);
    std::vector<ll> tbl(n + 1, 0);
    tbl[1] = arr[0];
    for (int i = 2; i < n + 1; i++) {
        tbl[i] = std::max(tbl[i - 1], tbl[i - 2] + arr[i - 1]);
    }
    printf("%lld\n", tbl[n]);
    return 0;
}