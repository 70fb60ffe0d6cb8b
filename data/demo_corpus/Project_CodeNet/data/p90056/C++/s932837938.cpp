/*
 * Demo Contest 019 - Prime Factors
 * 2020-04-05
 */
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

ll smallest_factor(ll n)
{
    for (ll d = 2; d * d <= n; d++) {
        if (n % d == 0) return d;
    }
    return n;
}

int main()
{
    ll n;
    scanf("%lld", &n);
    vector<ll> fs;
    while (n > 1) {
        ll d = smallest_factor(n);
        fs.push_back(d);
        n /= d;
    }
    sort(fs.begin(), fs.end());
    for (int i = 0; i < (int)fs.size(); i++) {
        if (i) putchar(' ');
        printf("%lld", fs[i]);
    }
    putchar('\n');
    return 0;
}