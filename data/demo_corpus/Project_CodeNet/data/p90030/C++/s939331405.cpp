// p90030
#include <bits/stdc++.h>
using namespace std;

vector<vector<int>> g;

pair<int, int> farthest(int s) {
    int n = g.size();
    vector<int> D(n, -1);
    queue<int> Q;
    D[s] = 0;
    Q.push(s);
    int best = s;
    while (!Q.empty()) {
        int u = Q.front();
        Q.pop();
        if (D[u] > D[best]) best = u;
        for (int v : g[u]) {
            if (D[v] < 0) {
                D[v] = D[u] + 1;
                Q.push(v);
            }
        }
    }
    return {best, D[best]};
}

void solve() {
    int n;
    scanf("%d", &n);
    g.assign(n, vector<int>());
    for (int i = 0; i < n - 1; i++) {
        int u, v;
        scanf("%d%d", &u, &v);
        g[u].push_back(v);
        g[v].push_back(u);
    }
    int end1 = farthest(0).first;
    printf("%d\n", farthest(end1).second);
}

int main() {
    solve();
    return 0;
}