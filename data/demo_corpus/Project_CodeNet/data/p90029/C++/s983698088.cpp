#include <iostream>
#include <vector>
#include <queue>
#include <functional>
using std::cin;
using std::vector;

int main()
{
    std::ios_base::sync_with_stdio(false); std::cin.tie(nullptr);
    int n, m;
    std::cin >> n >> m;
    std::vector<std::vector<int>> g(n);
    std::vector<int> indeg(n, 0);
    for (int i = 0; i < m; i++)
    {
        int u, v;
        std::cin >> u >> v;
        g[u].push_back(v);
        indeg[v]++;
    }
    std::priority_queue<int, std::vector<int>, std::greater<int>> qu;
    for (int i = 0; i < n; i++) if (indeg[i] == 0) qu.push(i);
    std::vector<int> order;
    while (!qu.empty())
    {
        int u = qu.top();
        qu.pop();
        order.push_back(u);
        for (int v : g[u])
        {
            if (--indeg[v] == 0) qu.push(v);
        }
    }
    for (int i = 0; i < n; i++)
    {
        if (i) std::cout << ' ';
        std::cout << order[i];
    }
    std::cout << "\n";
}