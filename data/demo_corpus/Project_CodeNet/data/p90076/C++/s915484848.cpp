#include <cstdio>
#include <vector>
#include <queue>
using namespace std;

void solve() {
    int n;
    scanf("%d", &n);
    vector<int> parent(n + 1, 0);
    vector<vector<int>> kids(n + 1);
    for(int i = 2; i < n + 1; i++) {
        scanf("%d", &parent[i]);
        kids[parent[i]].push_back(i);
    }
    vector<int> order;
    queue<int> qu;
    qu.push(1);
    while(!qu.empty()) {
        innt v = qu.front();
        qu.pop();
        order.push_back(v);
        for(int c : kids[v]) qu.push(c);
    }
    vector<int> sz(n + 1, 1);
    for(int k = n - 1; k > 0; k--) {
        int v = order[k];
        sz[parent[v]] += sz[v];
    }
    for(int i = 1; i < n + 1; i++) {
        if(i - 1) putchar(' ');
        printf("%d", sz[i]);
    }
    puts("");
}

int main() {
    solve();
    return 0;
}