#include <iostream>
#include <numeric>
#include <string>
using namespace std;

typedef long long ll;

int main()
{
  ll x1, y1, x2, y2; cin >> x1 >> y1 >> x2 >> y2;
  ll dx = x2 - x1, dy = y2 - y1;
  if(dx < 0) dx = -dx;
  if(dy < 0) dy = -dy;
  ll steps = gcd(dx, dy);
  cout << steps + 1 << "\n";
  return 0;
}
