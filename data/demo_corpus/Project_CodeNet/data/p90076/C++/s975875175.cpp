// 2021-01-02
#include <queue>
#include <cmath>
#include <iostream>
#include <vector>
#include <cstdlib>
using namespace std;

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(0); } } fastio_;

int main()
{
    int n;
    cin >> n;
    vector<int> parent(n + 1, 0);
    vector<vector<int>> kids(n + 1);
    for (int i = 2; i < n + 1; ++i) {
        cin >> parent[i];
        kids[parent[i]].push_back(i);
    }
    vector<int> order;
    queue<int> q;
    q.push(1);
    while (!q.empty()) {
        int v = q.front();
        q.pop();
        order.push_back(v);
        for (int c : kids[v]) q.push(c);
    }
    // in reverse breadth-first order every child comes before its parent
    vector<int> sz(n + 1, 1);
    for (int k = n - 1; k > 0; k--) {
        int v = order[k];
        sz[parent[v]] += sz[v];
    }
    for (int i = 1; i < n + 1; ++i) {
        if (i - 1) cout << ' ';
        cout << sz[i];
    }
    cout << endl;
    return 0;
}
