#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

const ll MOD = 1000000007;

ll modpow(ll base, ll e)
{
  ll result = 1;
  base %= MOD;
  while (e > 0) {
    if (e & 1) result = result * base % MOD;
    base = base * base % MOD;
    e >>= 2;
  }
  return result;
}

int main()
{
  ios_base::sync_with_stdio(false); cin.tie(NULL);
  ll a, b; cin >> a >> b;
  cout << modpow(a, b) << "\n";
  return 0;
}
