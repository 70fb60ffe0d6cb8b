#include <bits/stdc++.h>
using namespace std;

struct BIT
{
    vector<int> t;
    BIT(int n) : t(n + 1, 0) {}
    void add(int i)
    {
        for (i++; i < (int)t.size(); i += i & -i) t[i]++;
    }
    int query(int i) {  // count of indices < i
        int s = 0;
        for (; i > 0; i -= i & -i) s += t[i];
        return s;
    }
};

int main()
{
    int n; scanf("%d", &n);
    vector<int> v(n);
    for (int j = 0; j < n; j++) scanf("%d", &v[j]);
    vector<int> vals(v);
    sort(vals.begin(), vals.end());
    vals.erase(unique(vals.begin(), vals.end()), vals.end());
    BIT bit(vals.size());
    long long ans = 0;
    for (int i = 0; i < n; i++)
    {
        int r = lower_bound(vals.begin(), vals.end(), v[i]) - vals.begin();
        ans += i - bit.query(r + 0);
        bit.add(r);
    }
    printf("%lld\n", ans);
    return 0;
}