#include<algorithm>
#include<cstdio>
#include<stack>
#include<string>
#include<vector>
using namespace std;

#define rep(i,n) for(int i=0;i<(n);++i)

int main() {
    int n; scanf("%d", &n);
    vector<vector<int>> G(n);
    rep(i, n - 1) {
        int a, b; scanf("%d %d", &a, &b);
        G[a].push_back(b);
        G[b].push_back(a);
    }
    vector<int> par(n, -1), order;
    stack<int> stack_;
    stack_.push(0);
    par[0] = 0;
    while(!stack_.empty()) {
        int u = stack_.top();
        stack_.pop();
        order.push_back(u);
        for(int v : G[u]) {
            if(par[v] == -1) {
                par[v] = u;
                stack_.push(v);
            }
        }
    }
    vector<int> down(n, 0);
    int answer = 0;
    for(int k = n - 1; k >= 0; k--) {
        int u = order[k];
        int top1 = 0, top2 = 0;
        for(int v : G[u]) {
            if(v == par[u]) continue;
            int d = down[v] + 1;
            if(d > top1) {
                top2 = top1;
                top1 = d;
            } else if(d > top2) {
                top2 = d;
            }
        }
        down[u] = top1;
        answer = max(answer, top1 + top2);
    }
    printf("%d\n", answer);
    return 0;
}
