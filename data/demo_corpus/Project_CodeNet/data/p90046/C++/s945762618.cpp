// p90046
#include <bits/stdc++.h>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(NULL); } } fastio_;

int main() {
    int n, m; cin >> n >> m;
    vector<vector<int>> edge(n);
    for (int i = 0; i < m; i++) {
        int u, v; cin >> u >> v;
        edge[u].push_back(v);
        edge[v].push_back(u);
    }
    vector<int> color(n, -1);
    bool flag = true;
    for (int s = 0; s < n; s++) {
        if (color[s] != -1) continue;
        color[s] = 0;
        queue<int> qu;
        qu.push(s);
        while (!qu.empty()) {
            int u = qu.front();
            qu.pop();
            for (int v : edge[u]) {
                if (color[v] == -1) {
                    color[v] = 1 - color[u];
                    qu.push(v);
                } else if (color[v] == color[u]) {
                    flag = false;
                }
            }
        }
    }
    if (flag) cout << "Yes" << '\n';
    else cout << "No" << '\n';
    return 0;
}
