#include<bits/stdc++.h>
using namespace std;

const int MAXN = 200005;
int parent[MAXN], rnk[MAXN];

int root(int x) {
    if (parent[x] == x) return x;
    return parent[x] = root(parent[x]);
}

void unite(int x, int y) {
    x = root(x);
    y = root(y);
    if (x == y) return;
    if (rnk[x] < rnk[y]) parent[x] = y;
    else {
        parent[y] = x;
        if (rnk[x] == rnk[y]) rnk[x]++;
    }
}

int main() {
    int n, Q;
    cin >> n >> Q;
    for (int i = 0; i < n; i++) parent[i] = i;
    for (int i = 0; i < Q; i++) {
        int com, x, y;
        cin >> com >> x >> y;
        if (com == 0) {
            unite(x, y);
        } else {
            cout << ((parent[x] == parent[y])) << '\n';
        }
    }
    return 0;
}
