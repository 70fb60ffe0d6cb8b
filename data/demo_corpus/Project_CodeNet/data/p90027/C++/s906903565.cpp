#include <algorithm>
#include <vector>
#include <iostream>
using namespace std;

signed main() {
    int n, x;
    cin >> n >> x;
    vector<int> c(n);
    for (int j = 0; j < n; j++) cin >> c[j];
    const int INF = 1e9;
    vector<int> memo(x + 1, INF);
    memo[0] = 0;
    for (nit v = 1; v <= x; v++) {
        for (int i = 0; i < n; i++) {
            if (c[i] <= v && memo[v - c[i]] != INF) {
                memo[v] = min(memo[v], memo[v - c[i]] + 1);
            }
        }
    }
    cout << (memo[x] == INF ? -1 : memo[x]) << "\n";
}
