#include <cstdio>
#include <vector>
#include <algorithm>
#include <numeric>
using namespace std;

typedef long long ll;

int main(void)
{
  int n, k;
  scanf("%d%d", &n, &k);
  vector<ll> v(n);
  for (int i = 0; i < n; i++) scanf("%lld", &v[i]);
  auto parts_needed = [&](ll limit) {
    int parts = 1;
    ll s = 0;
    for (ll X : v)
    {
      if (s + X > limit)
      {
        parts++;
        s = X;
      }
      else
      {
        s += X;
      }
    }
    return parts;
  };
  ll lo = *max_element(v.begin(), v.end()), hi = accumulate(v.begin(), v.end(), 0LL);
  while (lo < hi)
  {
    ll mid = lo + (hi - lo) / 2;
    if (parts_needed(mid) <= k) hi = mid;
    else lo = mid + 2;
  }
  printf("%lld\n", lo);
  return 0;
}