#include<iostream>
#include<vector>
#include<queue>
using std::vector;

void solve() {
    int n, m;
    std::cin >> n >> m;
    std::vector<std::vector<int>> g(n + 1);
    for (int i = 0; i < m; ++i) {
        int u, v;
        std::cin >> u >> v;
        g[u].push_back(v);
        g[v].push_back(u);
    }
    std::vector<int> D(n + 1, -1);
    std::queue<int> Q;
    D[1] = 0;
    Q.push(1);
    while (!Q.empty()) {
        int u = Q.front();
        Q.pop();
        for (int w : g[u]) {
            if (D[w] == -1) {
                D[w] = D[u] + 1;
                Q.push(w);
            }
        }
    }
    for (int i = 1; i < n + 1; ++i) {
        std::cout << D[i] << std::endl;
    }
}

int main() {
    solve();
    return 0;