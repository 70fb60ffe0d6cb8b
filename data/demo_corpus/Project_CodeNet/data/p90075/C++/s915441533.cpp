// 2021-07-22
#include <iostream>
#include <vector>
#include <queue>
using namespace std;

using ll = long long;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
typedef vector<int> vi;
const long long LINF = 1LL << 60;
#define endl '\n'

int main()
{
    int n, m;
    cin >> n >> m;
    vector<vector<int>> g(n + 1);
    REP(i, m)
    {
        int u, v;
        cin >> u >> v;
        g[u].push_back(v);
        g[v].push_back(u);
    }
    vector<int> dis(n + 1, -1);
    queue<int> q;
    dis[1] = 0;
    q.push(1);
    while (!q.empty())
    {
        int u = q.front();
        q.pop();
        for (int w : g[u])
        {
            if (dis[w] == -1)
            {
                dis[w] = dis[u] + 1;
                q.push(w);
            }
        }
    }
    FOR(i, 1, n + 1)
    {
        cout << dis[i] << endl;
    }
}
