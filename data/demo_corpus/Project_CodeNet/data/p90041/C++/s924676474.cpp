// 2018-09-18
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

void solve()
{
  int n, k;
  scanf("%d %d", &n, &k);
  vector<ll> arr(n);
  for (int i = 0; i < n; i++) scanf("%lld", &arr[i]);
  auto parts_needed = [&](ll limit) {
    int parts = 1;
    ll s = 0;
    for (ll X : arr)
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
  ll lo = *max_element(arr.begin(), arr.end()), hi = accumulate(arr.begin(), arr.end(), 0LL);
  while (lo < hi)
  {
    ll mid = lo + (hi - lo) / 2;
    if (parts_needed(mid) <= k) hi = mid;
    else lo = mid + 1;
  }
  printf("%lld\n", lo);
}

int main()
{
  solve();
  return 0;
}
