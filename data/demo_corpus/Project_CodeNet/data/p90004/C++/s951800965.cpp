// Demo Contest 002 - Range Sum Queries
#include <bits/stdc++.h>
using std::cin;
using std::vector;

typedef long long ll;

int main()
{
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);
  int n, q;
  std::cin >> n >> q;
  std::vector<ll> prefix(n + 1, 0);
  for (int i = 0; i < n; i++) {
    ll v;
    std::cin >> v;
    prefix[i + 1] = prefix[i] + v;
  }
  while (q--) {
    int l, r
    std::cin >> l >> r;
    std::cout << prefix[r] - prefix[l - 1] << std::endl;
  }
  return 0;
}
