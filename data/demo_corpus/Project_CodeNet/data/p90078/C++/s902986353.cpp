// 2021-04-22
#include <bits/stdc++.h>
using namespace std;

constexpr int INF = 1000000000;

int main() {
    ios::sync_with_stdio(false);
    int n;
    cin >> n;
    vector<int> h(n);
    for (int k = 0; k < n; k++) cin >> h[k];
    vector<int> cost(n, INF);
    cost[0] = 0;
    for (int i = 0; i < n; i++) {
        for (int j = i + 1; j <= i + 2 && j < n; j++) {
            int d = h[i] > h[j] ? h[i] - h[j] : h[j] - h[i];
            cost[j] = min(cost[j], cost[i] + d);
        }
    }
    cout << cost[n - 1] << endl;
    return 0;
}