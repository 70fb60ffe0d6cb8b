#include<bits/stdc++.h>
using namespace std;

void solve() {
    int n, W;
    cin >> n >> W;
    vector<int> w(n);
    vector<long long> v(n);
    for (int i = 0; i < n; i++) {
        cin >> w[i];
        cin >> v[i];
    }
    // dp[i][j]: best value using the first i items with weight at most j
    vector<vector<long long>> tbl(n + 1, vector<long long>(W + 1, 0));
    for (int i = 0; i < n; i++) {
        for (int j = 0; j <= W; j++) {
            tbl[i + 1][j] = tbl[i][j];
            if (j >= w[i]) {
                tbl[i + 1][j] = max(tbl[i + 1][j], tbl[i][j - w[i]] + v[i]);
            }
        }
    }
    cout << tbl[n][W] << endl;
}

int main() {
    solve();
    return 0;
}
