#include <bits/stdc++.h>

using ll = long long;

ll divisor_sum(ll n)
{
   if (n == 1) return 0;
   ll s = 1;
   for (ll d = 2; d * d <= n; d++)
   {
      if (n % d == 0)
      {
         s += d;
         if (d != n / d) s += n / d;
      }
   }
   return s;
}

void solve()
{
   int que;
   scanf("%d", &que);
   while (que--)
   {
      ll n;
      scanf("%lld", &n);
      ll s = divisor_sum(n);
      if (s == n)
      {
         puts("perfect");
      }
      else if (s < n)
      {
         puts("deficient");
      }