#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
typedef vector<int> vi;
const int INF = 1e9;

void solve()
{
  ll n;
  scanf("%lld", &n);
  ll cnt = 0;
  for (ll i = 1; i * i <= n; i++)
  {
    if (n % i == 0)
    {
      // i and n / i, once if they are the same
      cnt += (i * i == n) ? 1 : 2;
    }
  }
  printf("%lld\n", cnt);
}

int main()
{
  solve();
  return 0;
}
