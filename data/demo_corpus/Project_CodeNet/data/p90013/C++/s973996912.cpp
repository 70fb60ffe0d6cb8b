/*
 * Demo Contest 005 - Union Find
 * 2015-02-05
 */
#include<bits/stdc++.h>

const int MAXN = 200005;
int p[MAXN], rnk[MAXN];

int root(int x)
{
    if (p[x] == x) return x;
    return p[x] = root(p[x]);
}

void unite(int x, int y)
{
    x = root(x);
    y = root(y);
    if (x == y) return;
    if (rnk[x] < rnk[y]) p[x] = y;
    else {
        p[y] = x;
        if (rnk[x] == rnk[y]) rnk[x]++;
    }
}

int main(void)
{
    std::ios::sync_with_stdio(0); std::cin.tie(NULL);
    int n, Q;
    std::cin >> n >> Q;
    for (int i = 0; i < n; i++) p[i] = i;
    for (int i = 0; i < Q; i++) {
        int com, x, y;
        std::cin >> com >> x >> y;
        if (com == 0) {
            unite(x, y);
        } else {
            std::cout << ((root(x) == root(y))) << std::endl;
        }
    }
    return 0;
}