#include <iostream>
using namespace std;

int main()
{
  long long n;
  cin >> n;
  long long ans = 1;
  for(long long p = 2; p * p <= n; p++)
  {
    int e = 0;
    while(n % p == 0)
    {
      n /= p;
      e++;
    }
    ans *= e + 1;
  }
  if(n > 1) ans *= 2;
  cout << ans << endl;
  return 0;
}