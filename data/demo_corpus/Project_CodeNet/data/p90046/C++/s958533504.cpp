#include <cstdlib>
#include <iostream>
#include <vector>
using namespace std;

vector<vector<int>> edge;
vector<int> color;

bool paint(int u, int c)
{
    color[u] = c;
    for (int v : edge[u])
    {
        if (color[v] == c) return false;
        if (color[v] == -1 && !paint(v, 1 - c)) return false;
    }
    return true;
}

int main()
{
    ios::sync_with_stdio(0);
    cin.tie(0);
    int n, m;
    cin >> n >> m;
    edge.resize(n);
    color.assign(n, -1);
    for (int i = 0; i < m; i++)
    {
        int a, b;
        cin >> a >> b;
        edge[a].push_back(b);
        edge[b].push_back(a);
    }
    bool valid = true;
    for (int i = 0; i < n; i++)
    {
        if (color[i] == -1 && !paint(i, 0)) valid = false;
    }
    cout << ((valid ? "Yes" : "No")) << "\n";
    return 0;
}
