#include<iostream>
#include<vector>
#include<algorithm>
#include<tuple>
#include<numeric>

struct FastIO { FastIO() { std::ios::sync_with_stdio(0); std::cin.tie(nullptr); } } fastio_;

std::vector<int> par;

int root(int X)
{
    return par[X] == X ? X : par[X] = root(par[X]);
}

void solve()
{
    int n, m; std::cin >> n >> m;
    std::vector<std::tuple<long long, int, int>> edges;
    for (int i = 0; i < m; i++)
    {
        int u, v; std::cin >> u >> v;
        long long w; std::cin >> w;
        edges.emplace_back(w, u, v);
    }
    std::sort(edges.begin(), edges.end());
    par.resize(n);
    std::iota(par.begin(), par.end(), 0);
    long long total = 0;
    for (auto& [w, u, v] : edges)
    {
        int ru = root(u), rv = root(v);
        if (ru == rv) continue;
        par[ru] = rv;
        total += w;
    }
    std::cout << total << '\n';
}

int main()
{
    solve();
    return 0;
}
