/*
 * Counting Islands
 * 2013-12-15
 */
#include<bits/stdc++.h>
using std::string;
using std::vector;

struct DSU
{
    std::vector<int> parent;
    DSU(int n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int root(int X) { return parent[X] == X ? X : parent[X] = root(parent[X]); }
    bool unite(int a, int b) {
        a = root(a);
        b = root(b);
        if(a == b) return false;
        parent[a] = b;
        return true;
    }
};

void solve()
{
    int H, W; scanf("%d %d", &H, &W);
    std::vector<std::string> field(H);
    for(int i = 0; i < H; i++) {
        char buf[200005];
        scanf("%s", buf);
        std::string row = buf;
        field[i] = row;
    }
    DSU uf(H * W);
    int c = 0;
    for(int i = 0; i < H; i++) for(int j = 0; j < W; j++) {
        if(field[i][j] != '#') continue;
        c++;
        if(i > 0 && field[i - 1][j] == '#' && uf.unite(i * W + j, (i - 1) * W + j)) c--;
        if(j > 0 && field[i][j - 1] == '#' && uf.unite(i * W + j, i * W + j - 1)) c--;
    }
    printf("%d\n", c);
}

int main()
{
    solve();
    return 0;
}