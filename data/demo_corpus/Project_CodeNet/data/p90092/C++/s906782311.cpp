// Demo Contest 031 - Euler's Totient
#include <cstdio>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

signed main()
{
    ll n;
    scanf("%lld", &n);
    ll phi = n;
    for (ll p = 2; p * p <= n; p++)
    {
        if (n % p != 0) continue;
        while (n % p == 0) n /= p;
        phi -= phi / p;
    }
    if (n > 1) phi -= phi / n;
    printf("%lld\n", phi);
    return 0;
}