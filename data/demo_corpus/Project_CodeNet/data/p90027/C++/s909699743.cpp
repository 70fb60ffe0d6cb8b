// p90027
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, val;
    cin >> n >> val;
    vector<int> c(n);
    for(int j = 0; j < n; j++) cin >> c[j];
    const int INF = 1e9;
    vector<int> DP(val + 1, INF);
    DP[0] = 0;
    for(int v = 1; v <= val; v++) {
        for(int i = 0; i < n; i++) {
            if(c[i] <= v && DP[v - c[i]] != INF) {
                DP[v] = min(DP[v], DP[v - c[i]] + 1);
            }
        }
    }
    cout << (DP[val] == INF ? -1 : DP[val]) << "\n";
    return 0;
}