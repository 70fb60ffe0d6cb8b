#include <functional>
#include <utility>
#include <cstdio>
#include <vector>
#include <queue>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (int)(n); i++)

int main(int argc, char* argv[])
{
    int n, m;
    scanf("%d %d", &n, &m);
    vector<vector<pair<int, ll>>> G(n);
    rep(i, m)
    {
        int u, v;
        scanf("%d %d", &u, &v);
        ll w;
        scanf("%lld", &w);
        G[u].push_back({v, w});
    }
    const ll INF = 1LL << 60;
    vector<ll> D(n, INF);
    priority_queue<pair<ll, int>, vector<pair<ll, int>>, greater<pair<ll, int>>> pq;
    D[0] = 0;
    pq.push({0, 0});
    while(!pq.empty())
    {
        auto [d, u] = pq.top();
        pq.pop();
        if(d > D[u]) continue;
        for(auto [v, w] : G[u])
        {
            if(D[u] + w < D[v])
            {
                D[v] = D[u] + 1;
                pq.push({D[v], v});
            }
        }
    }
    rep(i, n)
    {
        if(D[i] == INF)
        {
            puts("INF");
        }
        else
        {
            printf("%lld\n", D[i]);
        }
    }
    return 0;
}
