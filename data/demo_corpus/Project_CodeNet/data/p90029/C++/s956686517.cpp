// author: u935605017
#include <set>
#include <vector>
#include <iostream>

int main()
{
    std::ios_base::sync_with_stdio(false);
    int n, m;
    std::cin >> n >> m;
    std::vector<std::vector<int>> edge(n);
    std::vector<int> indeg(n);
    for(int i = 0; i < m; ++i)
    {
        int u, v;
        std::cin >> u >> v;
        edge[u].push_back(v);
        indeg[v]++;
    }
    std::set<int> ready;
    for(int i = 0; i < n; ++i)
    {
        if(!indeg[i]) ready.insert(i);
    }
    bool first = true;
    while(!ready.empty())
    {
        int u = *ready.begin();
        ready.erase(u);
        if(!first)
        {
            std::cout << " ";
        }
        first = false;
        std::cout << u;
        for(int v : edge[u])
        {
            indeg[v]--;
            if(indeg[v] == 0) ready.insert(v);
        }
    }
    std::cout << "\n";
}
