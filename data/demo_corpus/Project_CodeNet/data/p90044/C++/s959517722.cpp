// Demo Contest 015 - Josephus
#include <iostream>
using namespace std;

int main()
{
  int n, k;
  cin >> n >> k;
  // J(1) = 0, J(m) = (J(m - 1) + k) mod m, 0-indexed
  int pos = 0;
  for(int m = 2; m <= n; m++) {
    pos = (pos + k) % m;
  }
  cout << pos + 1 << '\n';
  return 0;
}