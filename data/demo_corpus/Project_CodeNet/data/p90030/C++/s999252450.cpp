#include <iostream>
#include <vector>
#include <stack>
#include <algorithm>
using namespace std;

void solve() {
    int n; cin >> n;
    vector<vector<int>> adj(n);
    for (int i = 0; i < n - 1; i++) {
        int a, b; cin >> a >> b;
        adj[a].push_back(b);
        adj[b].push_back(a);
    }
    vector<int> p(n, -1), order;
    stack<int> stack_;
    stack_.push(0);
    p[0] = 0;
    while (!stack_.empty()) {
        int u = stack_.top();
        stack_.pop();
        order.push_back(u);
        for (int v : adj[u]) {
            if (p[v] == -1) {
                p[v] = u;
                stack_.push(v);
            }
        }
    }
    vector<int> down(n, 0);
    int ret = 0;
    for (int k = n - 1; k >= 0; k--) {
        int u = order[k];
        int top1 = 0, top2 = 0;
        for (int v : adj[u]) {
            if (v == p[u]) continue;
            int d = down[v] + 1;
            if (d > top1) {
                top2 = top1;
                top1 = d;
            }
            else if (d > top2) {
                top2 = d;
            }
        }
        down[u] = top1;
        ret = max(ret, top1 + top2);
    }
    cout << ret << "\n";
}

int main() {
    ios::sync_with_stdio(0);
    solve();
    return 0;
}
