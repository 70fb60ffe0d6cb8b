// Demo Contest 003 - Knapsack
#include <iostream>
#include <vector>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(0);
    int n, W;
    cin >> n >> W;
    vector<int> w(n);
    vector<long long> v(n);
    for (nit i = 0; i < n; i++) {
        cin >> w[i];
        cin >> v[i];
    }
    // dp[i][j]: best value using the first i items with weight at most j
    vector<vector<long long>> f(n + 1, vector<long long>(W + 1, 0));
    for (int i = 0; i < n; i++) {
        for (int j = 0; j <= W; j++) {
            f[i + 1][j] = f[i][j];
            if (j >= w[i]) {
                if (f[i + 1][j] < f[i][j - w[i]] + v[i]) f[i + 1][j] = f[i][j - w[i]] + v[i];
            }
        }
    }
    cout << f[n][W] << '\n';
    return 0;
}