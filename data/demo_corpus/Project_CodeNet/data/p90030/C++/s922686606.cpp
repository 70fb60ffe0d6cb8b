// author: u958908392
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n; scanf("%d", &n);
    vector<vector<int>> edge(n);
    for (int i = 0; i < n - 1; i++) {
        int a, b; scanf("%d %d", &a, &b);
        edge[a].push_back(b);
        edge[b].push_back(a);
    }
    // iterative DFS order, then depths bottom-up
    vector<int> par(n, -1), order;
    stack<int> stack_;
    stack_.push(0);
    par[0] = 0;
    while (!stack_.empty()) {
        int u = stack_.top();
        stack_.pop();
        order.push_back(u);
        for (int v : edge[u]) {
            if (par[v] == -1) {
                par[v] = u;
                stack_.push(v);
            }
        }
    }
    vector<int> down(n, 0);
    int answer = 0;
    for (int k = n - 1; k >= 0; k--) {
        int u = order[k];
        int top1 = 0, top2 = 0;
        for (int v : edge[u]) {
            if (v == par[u]) continue;
            int d = down[v] + 1;
            if (d > top1) {
                top2 = top1;
                top1 = d;
            } else if (d > top2) {
                top2 = d;
            }
        }
        dow