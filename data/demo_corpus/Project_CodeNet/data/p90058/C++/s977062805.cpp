// p90058
#include <bits/stdc++.h>

typedef long long ll;

int main()
{
  std::ios::sync_with_stdio(0); std::cin.tie(nullptr);
  int qu;
  std::cin >> qu;
  for (int k = 0; k < qu; k++) {
    ll n;
    std::cin >> n;
    ll total = 0;
    for (ll d = 1; d * d <= n; d++) {
      if (n % d != 0) continue;
      if (d != n) total += d;
      ll e = n / d;
      if (e != d && e != n) total += e;
    }
    std::string kind = total == n ? "perfect" : (total < n ? "deficient" : "abundant");
    std::cout << kind << '\n';
  }
  return 0;
}