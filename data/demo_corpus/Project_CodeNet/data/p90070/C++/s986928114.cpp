#include<bits/stdc++.h>
using namespace std;

int main()
{
  int Q;
  cin >> Q;
  for (int i = 0; i < Q; i++)
  {
    long long n;
    cin >> n;
    if (n < 2)
    {
      cout << n << "\n";
      continue;
    }
    // Newton's iteration from above stops at the floor of the root
    long long x = n / 2 + 1;
    long long y = (x + n / x) / 2;
    while (y < x)
    {
      x = y;
      y = (x + n / x) / 2;
    }
    cout << x << "\n";
  }
  return 0;
}