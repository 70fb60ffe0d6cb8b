#include <cstdio>
#include <functional>
#include <queue>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
#define fi first
typedef pair<int, int> pii;
using P = pair<int, int>;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
    int n, m; scanf("%d %d", &n, &m);
    vector<vector<pair<int, ll>>> G(n);
    rep(i, m) {
        int u, v; scanf("%d %d", &u, &v);
        ll w; scanf("%lld", &w);
        G[u].push_back({v, w});
    }
    const ll INF = 1LL << 60;
    vector<ll> dis(n, INF);
    priority_queue<pair<ll, int>, vector<pair<ll, int>>, greater<pair<ll, int>>> pq;
    dis[0] = 0;
    pq.push({0, 0});
    while (!pq.empty()) {
        auto [d, u] = pq.top();
        pq.pop();
        if (d > dis[u]) continue;
        for (auto [v, w] : G[u]) {
            if (dis[u] + w < dis[v]) {
                dis[v] = dis[u] + w;
                pq.push({dis[v], v});
            }
        }
    }
    rep(i, n) {
        if (dis[i] == INF) {
            puts("INF");
        } else {
            printf("%lld\n", dis[i]);
        }
    }
    return 0;
}