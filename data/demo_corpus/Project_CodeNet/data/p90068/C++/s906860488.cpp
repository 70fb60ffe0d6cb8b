#include <bits/stdc++.h>
using namespace std;

void solve() {
    int n, Q; scanf("%d%d", &n, &Q);
    vector<int> a(n);
    for (int j = 0; j < n; j++) scanf("%d", &a[j]);
    vector<int> px(n);
    for (int i = 0; i < n; i++) {
        px[i] = (i > 0 ? px[i - 1] : 0) ^ a[i];
    }
    for (int k = 0; k < Q; k++) {
        int l, r; scanf("%d%d", &l, &r);
        l--;
        r--;
        int res = px.at(r);
        if (l > 0) res ^= px.at(l - 1);
        printf("%d\n", res);
    }
}

int main() {
    solve();
    return 0;
}