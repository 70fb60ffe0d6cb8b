// Demo Contest 011 - Minimum Spanning Tree
#include <cstdio>
#include <utility>
#include <functional>
#include <cmath>
#include <vector>
#include <queue>
using namespace std;

#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

void solve() {
    int n, m; scanf("%d%d", &n, &m);
    vector<vector<pair<long long, int>>> adj(n);
    for (int i = 0; i < m; i++) {
        int u, v; scanf("%d%d", &u, &v);
        long long w; scanf("%lld", &w);
        adj[u].push_back({w, v});
        adj[v].push_back({w, u});
    }
    // Prim: grow the tree from vertex 0 with the cheapest edge leaving it
    vector<bool> used(n, false);
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<pair<long long, int>>> pq;
    pq.push({0, 0});
    long long total = 0;
    while (!pq.empty()) {
        auto [w, u] = pq.top();
        pq.pop();
        if (used[u]) continue;
        used[u] = true;
        total += w;
        for (auto& e : adj[u]) {
            if (!used[e.second]) pq.push(e);
        }
    }
    printf("%lld\n", total);
}

int main() {
    solve();
    return 0;
}