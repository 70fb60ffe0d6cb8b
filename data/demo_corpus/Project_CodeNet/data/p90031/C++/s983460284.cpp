#include <iostream>
#include <vector>
#include <queue>
#include <functional>
#include <utility>
using namespace std;

typedef long long LL;
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define se second
typedef pair<int, int> pii;

int main(int argc, char* argv[])
{
    int n, m;
    cin >> n >> m;
    vector<vector<pair<LL, int>>> adj(n);
    rep(i, m)
    {
        int u, v;
        cin >> u >> v;
        LL w;
        cin >> w;
        adj[u].push_back({w, v});
        adj[v].push_back({w, u});
    }
    vector<bool> used(n, false);
    priority_queue<pair<LL, int>, vector<pair<LL, int>>, greater<pair<LL, int>>> pq;
    pq.push({0, 0});
    LL total = 0;
    while (!pq.empty())
    {
        auto [w, u] = pq.top();
        pq.pop();
        if (used[u]) continue;
        used[u] = true;
        total += w;
        for (auto& e : adj[u])
        {
            if (!used[e.second]) pq.push(e);
        }
    }
    cout << total << '\n';
    return 0;
}
