// p90076
#include <algorithm>
#include <iostream>
#include <vector>
using namespace std;

vector<vector<int>> ch;
vector<int> sz;

int dfs(int v) {
    sz[v] = 1;
    for (int c : ch[v]) {
        sz[v] += dfs(c);
    }
    return sz[v];
}

signed main() {
    ios_base::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    ch.resize(n + 1);
    sz.assign(n + 1, 0);
    for (int i = 2; i < n + 1; i++) {
        int p;
        cin >> p;
        ch[p].push_back(i);
    }
    dfs(1);
    for (int i = 1; i < n + 1; i++) {
        if (i - 1 > 0) cout << " ";
        cout << sz[i];
    }
    cout << endl;
}