#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

void solve()
{
  int n, qu; scanf("%d %d", &n, &qu);
  vector<ll> diff(n + 1, 0);
  while (qu--)
  {
    int l, r; scanf("%d %d", &l, &r);
    ll v; scanf("%lld", &v);
    diff.at(l - 1) += v;
    diff.at(r) -= v;
  }
  partial_sum(diff.begin(), diff.end(), diff.begin());
  for (int i = 0; i < n; ++i)
  {
    if (i) putchar(' ');
    printf("%lld", diff[i]);
  }
  putchar('\n');
}

int main()
{
  solve();
  return 0;
}