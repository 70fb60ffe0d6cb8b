/*
 * Demo Contest 028 - Binomial Coefficients
 * 2021-12-14
 */
#include <vector>
#include <cstdlib>
#include <cstdio>
using namespace std;

typedef long long ll;
#define pb push_back
#define se second
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
#define endl '\n'

const ll MOD = 1000000007;

ll power(ll b, ll e)
{
  ll r = 1;
  b %= MOD;
  while (e > 0)
  {
    if (e & 1) r = r * b % MOD;
    b = b * b % MOD;
    e >>= 1;
  }
  return r;
}

int main()
{
  const int N = 2000;
  vector<ll> fact(N + 1), inv(N + 1);
  fact[0] = 1;
  for (int i = 1; i < N + 1; ++i) fact[i] = fact[i - 1] * i % MOD;
  // inverse factorials by Fermat's little theorem, then downwards
  inv[N] = power(fact[N], MOD - 2);
  for (int i = N - 1; i >= 0; --i) inv[i] = inv[i + 1] * (i + 1) % MOD;
  int q; scanf("%d", &q);
  for (int t = 0; t < q; ++t)
  {
    int n, k; scanf("%d%d", &n, &k);
    printf("%lld\n", fact[n] * inv[k] % MOD * inv[n - k] % MOD);
  }
  return 0;
}
