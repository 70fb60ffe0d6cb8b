#include <bits/stdc++.h>
using namespace std;

#define ll long long

void solve()
{
    ll n; scanf("%lld", &n);
    vector<ll> primes;
    ll m = n;
    for (ll d = 2; d * d <= m; d++) {
        if (m % d == 0) {
            primes.push_back(d);
            while (m % d == 0) m /= d;
        }
    }
    if (m > 1) primes.push_back(m);
    ll an