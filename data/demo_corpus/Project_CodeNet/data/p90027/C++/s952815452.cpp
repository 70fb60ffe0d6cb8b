/*
 * Coin Change
 * 2017-09-10
 */
#include <cstdio>
#include <vector>
#include <algorithm>
using namespace std;

int main() {
    int n, x; scanf("%d %d", &n, &x);
    vector<int> c(n);
    for(int j = 0; j < n; j++) scanf("%d", &c[j]);
    const int INF = 1e9;
    vector<int> dp(x + 1, INF);
    dp[0] = 0;
    for(int v = 1; v <= x; v++) {
        for(int i = 0; i < n; i++) {
            if(c[i] <= v && dp[v - c[i]] != INF) {
                if(dp[v] > dp[v - c[i]] + 1) dp[v] = dp[v - c[i]] + 1;
            }
        }
    }
    printf("%d\n", dp[x] == INF ? -1 : dp[x]);
    return 0;
}
