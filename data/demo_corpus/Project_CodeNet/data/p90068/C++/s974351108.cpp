// author: u927977298
#include <cstdio>
#include <vector>
using std::vector;

void solve() {
    int n, Q;
    scanf("%d %d", &n, &Q);
    // pre[i] = a1 ^ ... ^ ai; x ^ x = 0 cancels the common prefix
    std::vector<int> cum(n + 1, 0);
    for (int i = 0; i < n; ++i) {
        int val;
        scanf("%d", &val);
        cum[i + 1] = cum[i] ^ val;
    }
    while (Q--) {
        int l, r;
        scanf("%d %d", &l, &r);
        printf("%d\n", cum[r] ^ cum[l - 1]);
    }
}

int main() {
    solve();
    return 0;
}