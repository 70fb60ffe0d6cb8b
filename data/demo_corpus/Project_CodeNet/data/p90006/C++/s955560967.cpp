#include <cstdio>
#include <string>
#include <vector>
#include <numeric>

struct DSU {
    std::vector<int> root_;
    DSU(int n) : root_(n) { std::iota(root_.begin(), root_.end(), 0); }
    int root(int v) { return root_[v] == v ? v : root_[v] = root(root_[v]); }
    bool unite(int a, int b) {
        a = root(a);
        b = root(b);
        if(a == b) return false;
        root_[a] = b;
        return true;
    }
};

void solve() {
    int H, W;
    scanf("%d %d", &H, &W);
    std::vector<std::string> grid(H);
    for(int i = 0; i < H; i++) {
        char buf[200005];
        scanf("%s", buf);
        std::string row = buf;
        grid[i] = row;
    }
    DSU uf(H * W);
    int tot = 0;
    for(int i = 0; i < H; i++) for(int j = 0; j < W; j++) {
        if(grid[i][j] != '#') continue;
        tot++;
        if(i > 0 && grid[i - 1][j] == '#' && uf.unite(i * W + j, (i - 1) * W + j)) tot--;
        if(j > 0 && grid[i][j - 1] == '#' && uf.unite(i * W + j, i * W + j - 1)) tot--;
    }
    printf("%d\n", tot);
}

int main() {
    solve();
    return 0;
}