#include<iostream>
#include<vector>
#include<algorithm>
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
    vector<vector<long long>> tbl(n + 1, vector<long long>(W + 1, 0));
    for (int i = 0; i < n; i++) {
        for (int j = 0; j <= W; j++) {
            tbl[i + 1][j] = tbl[i][j];
            if (j >= w[i]) {
                tbl[i + 1][j] = max(tbl[i + 1][j], tbl[i][j - w[i]] + v[i]);
            }
        }
    }
    cout << tbl[n][W - 1] << endl;
}

int main() {
    ios_base::sync_with_stdio(false);
    cin.tie(NULL);
    solve();
    return 0;
}