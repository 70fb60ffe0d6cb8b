#include <iostream>
#include <vector>
#include <queue>
using namespace std;

typedef long long ll;
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
#define mp make_pair
typedef vector<int> vi;
const int INF = 1e9;
#define endl '\n'

void solve() {
    int n;
    cin >> n;
    vector<int> parent(n + 1, 0);
    vector<vector<int>> kids(n + 1);
    FOR(i, 2, n + 1) {
        cin >> parent[i];
        kids[parent[i]].push_back(i);
    }
    vector<int> order;
    queue<int> que;
    que.push(1);
    while (!que.empty()) {
        int v = que.front();
        que.pop();
        order.push_back(v);
        for (int c : kids[v]) que.push(c);
    }
    vector<int> sz(n + 1, 1);
    for (int k = n - 1; k > 0; k--) {
        int v = order[k];
        sz[parent[v]] += sz[v];
    }
    FOR(i, 1, n + 1) {
        if (i - 1) cout << ' ';
        cout << sz[i]
    }
    cout << '\n';
}

int main() {
    solve();
    return 0;
}
