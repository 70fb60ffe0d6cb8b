#include<iostream>
using namespace std;

// the sum of the divisors of n smaller than n
long long divisor_sum(long long n)
{
  if (n == 1) return 0;
  long long s = 1;
  for (long long d = 2; d * d <= n; d++)
  {
    if (n % d == 0)
    {
      s += d;
      if (d != n / d) s += n / d;
    }
  }
  return s;
}

int main()
{
  int qu;
  cin >> qu;
  while (qu--)
  {
    long long n;
    cin >> n;
    long long s = divisor_sum(n);
    if (s == n)
    {
      cout << "perfect" << '\n';
    }
    else if (s < n)
    {
      cout << "deficient" << '\n';
    }
    else
    {
      cout << "abundant" << '\n';
    }
  }
  return 0;
}