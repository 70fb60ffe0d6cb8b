/*
 * Demo Contest 005 - Shortest Paths
 * 2015-09-21
 */
#include <iostream>
#include <set>
#include <utility>
#include <vector>

struct Edge {
    int to;
    long long cost;
};

int main() {
    std::ios_base::sync_with_stdio(false);
    std::cin.tie(0);
    int n, m;
    std::cin >> n >> m;
    std::vector<std::vector<Edge>> edge(n);
    for (int i = 0; i < m; ++i) {
        int u, v;
        std::cin >> u >> v;
        long long w;
        std::cin >> w;
        edge[u].push_back({v, w});
    }
    std::vector<long long> D(n, -1);
    std::set<std::pair<long long, int>> todo;
    D[0] = 0;
    todo.insert({0, 0});
    while (!todo.empty()) {
        int u = todo.begin()->second;
        todo.erase(todo.begin());
        for (const Edge& e : edge[u]) {
            long long nd = D[u] + e.cost;
            if (D[e.to] == -1 || nd < D[e.to]) {
                if (D[e.to] != -1) todo.erase({D[e.to], e.to});
                D[e.to] = nd;
                todo.insert({nd, e.to});
            }
        }
    }
    for (int i = 0; i < n; ++i) {
        if (D[i] < 0) {
            std::cout << "INF" << std::endl;
        } else {
            std::cout << D[i] << std::endl;
        }
    }
    return 0;
}
