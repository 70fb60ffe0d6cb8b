// author: u916678348
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

void solve()
{
    ll n; scanf("%lld", &n);
    ll counter = 0;
    for(ll i = 1; i * i <= n; i++) {
        if(n % i == 0) {
            counter += (i * i == n) ? 1 : 2;
        }
    }
    printf("%lld\n", counter);
}

int main()
{
    solve();
    return 0;
}