#include <iostream>
#include <vector>
#include <queue>
#include <algorithm>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(0);
    int n, m;
    std::cin >> n >> m;
    std::vector<std::vector<int>> adj(n + 1);
    for(int i = 0; i < m; i++) {
        int u, v;
        std::cin >> u >> v;
        adj[u].push_back(v);
        adj[v].push_back(u);
    }
    std::vector<int> d(n + 1, -1);
    std::queue<int> qu;
    d[1] = 0;
    qu.push(1);
    while(!qu.empty()) {
        int u = qu.front();
        qu.pop();
        for(int w : adj[u]) {
            if(d[w] == -1) {
                d[w] = d[u] + 1;
                qu.push(w);
            }
        }
    }
    for(int i = 1; i < n + 1; i++) {
        std::cout << d[i] << std::endl;
    }
}