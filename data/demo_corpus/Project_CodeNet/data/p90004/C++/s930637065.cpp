#include <cstdio>
#include <vector>

struct Fenwick {
    int n;
    std::vector<long long> t;
    Fenwick(int n) : n(n), t(n + 1, 0) {}
    void add(int i, long long v) {
        for(; i <= n; i += i & -i) t[i] += v;
    }
    long long total(int i) const {
        long long s = 0;
        for(; i > 0; i -= i & -i) s += t[i];
        return s;
    }
};

int main() {
    int n, Q;
    scanf("%d %d", &n, &Q);
    Fenwick bit(n);
    for(int i = 1; i < n + 1; i++) {
        long long x;
        scanf("%lld", &x);
        bit.add(i, x);
    }
    for(int k = 0; k < Q; k++) {
        int l, r;
        scanf("%d %d", &l, &r);
        printf("%lld\n", bit.total(r) - bit.total(l - 1));
    }
    return 0;
}