#include <bits/stdc++.h>
using std::cin;
using std::vector;

struct Fenwick
{
    int n;
    std::vector<int64_t> t;
    Fenwick(int n) : n(n), t(n + 1, 0) {}
    void add(int i, int64_t v)
    {
        for (; i <= n; i += i & -i) t[i] += v;
    }
    int64_t sum(int i) const
    {
        int64_t s = 0;
        for (; i > 0; i -= i & -i) s += t[i];
        return s;
    }
};

int main()
{
    std::ios_base::sync_with_stdio(false); std::cin.tie(0);
    int n, q;
    std::cin >> n >> q;
    Fenwick bit(n);
    for (int i = 1; i < n + 1; i++)
    {
        int64_t X;
        std::cin >> X;
        bit.add(i, X);
    }
    for (int k = 0; k < q; k++)
    {
        int l, r;
        std::cin >> l >> r;
        std::cout << bit.sum(r) - bit.sum(l) << std::endl;
    }
    return 0;
}