// author: u904058384
#include<bits/stdc.h>
using namespace std;

#define rep(i,n) for(int i=0;i<(n);++i)
#define all(x) (x).begin(), (x).end()
template <class T, class U> bool chmax(T& a, const U& b) { if (a < b) { a = b; return true; } return false; }

vector<int> par, sz;

int root(int x) {
    while (par[x] != x) x = par[x] = par[par[x]];
    return x;
}

void unite(int a, int b) {
    a = root(a);
    b = root(b);
    if (a == b) return;
    par[a] = b;
    sz[b] += sz[a];
}

void solve() {
    int H, W;
    scanf("%d %d", &H, &W);
    vector<string> g(H);
    rep(i, H) {
        char buf[200005];
        scanf("%s", buf);
        string row = buf;
        g[i] = row;
    }
    par.resize(H * W);
    iota(all(par), 0);
    sz.assign(H * W, 1);
    rep(i, H) rep(j, W) {
        if (g[i][j] != '.') continue;
        if (i + 1 < H && g[i + 1][j] == '.') unite(i * W + j, (i + 1) * W + j);
        if (j + 1 < W && g[i][j + 1] == '.') unite(i * W + j, i * W + j + 1);
    }
    int best = 0;
    rep(v, H * W) {
        if (g[v / W][v % W] == '.' && root(v) == v) {
            chmax(best, sz[v]);
        }
    }
    printf("%d\n", best);
}

int main() {
    solve();
    return 0;
}