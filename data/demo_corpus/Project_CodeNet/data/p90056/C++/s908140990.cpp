// Demo Contest 019 - Prime Factors
#include <cstdio>
#include <vector>
#include <string>
using namespace std;

typedef long long ll;
#define REP(i, n) for (int i = 0; i < (n); ++i)

int main(void)
{
    ll n;
    scanf("%lld", &n);
    vector<ll> f;
    for (ll p = 2; p * p <= n; p++)
    {
        while (n % p == 0)
        {
            f.push_back(p);
            n /= p;
        }
    }
    // what is left is a prime larger than the square root
    if (n > 1) f.push_back(n);
    REP(i, (int)f.size())
    {
        if (i) putchar(' ');
        printf("%lld", f[i]);
    }
    puts("");
    return 0;
}