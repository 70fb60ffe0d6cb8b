#include <cstdio>
#include <vector>
using namespace std;

#define rep(i,n) for(int i=0;i<(n);++i)

const int MAXN = 200005;
int p[MAXN], rnk[MAXN];

int root(int x) {
    if (p[x] == x) return x;
    return p[x] = root(p[x]);
}

void unite(int x, int y) {
    x = root(x);
    y = root(y);
    if (x == y) return;
    if (rnk[x] < rnk[y]) p[x] = y;
    else {
        p[y] = x;
        if (rnk[x] == rnk[y]) rnk[x]++;
    }
}

int main() {
    int n, qu; scanf("%d %d", &n, &qu);
    rep(i, n) p[i] = i;
    rep(i, qu) {
        int com, x, y; scanf("%d %d %d", &com, &x, &y);
        if (com == 0) {
            unite(x, y);
        } else {
            printf("%d\n", (root(x) == root(y)));
        }
    }
    return 0;
}