// Demo Contest 026 - Subtree Sizes
#include <cstdio>
#include <vector>
#include <queue>
using namespace std;

int main()
{
    int n; scanf("%d", &n);
    vector<int> parent(n + 1, 0);
    vector<vector<int>> kids(n + 1);
    for (int i = 2; i < n + 1; i++) {
        scanf("%d", &parent[i]);
        kids[parent[i]].push_back(i);
    }
    vector<int> order;
    queue<int> Q;
    Q.push(1);
    while (!Q.empty()) {
        int v = Q.front();
        Q.pop();
        order.push_back(v);
        for (int c : kids[v]) Q.push(c);
    }
    vector<int> sz(n + 1, 1);
    for (int k = n - 1; k > 0; k--) {
        int v = order[k];
        sz[parent[v]] += sz[v];
    }
    for (int i = 1; i < n + 1; i++) {
        if (i - 1) putchar(' ');
        printf("%d", sz[i]);
    }
    puts("");
    return 0;
}