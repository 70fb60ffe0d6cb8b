#include<bits/stdc++.h>
using namespace std;

#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define all(v) v.begin(), v.end()

vector<int> p, sz;

int root(int val) {
    while (p[val] != val) val = p[val] = p[p[val]];
    return val;
}

void unite(int a, int b) {
    a = root(a);
    b = root(b);
    if (a == b) return;
    p[a] = b;
    sz[b] += sz[a];
}

void solve() {
    int H, W;
    cin >> H >> W;
    vector<string> g(H);
    rep(i, H) {
        string row;
        cin >> row;
        g[i] = row;
    }
    p.resize(H * W);
    iota(all(p), 0);
    sz.assign(H * W, 1);
    rep(i, H) rep(j, W) {
        if (g[i][j] != '.') continue;
        if (i + 1 < H && g[i + 1][j] == '.') unite(i * W + j, (i + 1) * W + j);
        if (j + 1 < W && g[i][j + 1] == '.') unite(i * W + j, i * W + j + 1);
    }
    int best = 0;
    rep(v, H * W) {
        if (g[v / W][v % W] == '.' && root(v) == v) {
            if (best < sz[v]) best = sz[v];
        }
    }
    cout << best << endl;
}

int main() {
    solve();
    return 0;
}