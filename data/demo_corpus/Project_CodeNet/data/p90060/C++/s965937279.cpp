// author: u922432422
#include <cstdio>
using namespace std;

typedef long long ll;

ll to_days(ll y, ll m, ll d) {
  if (m <= 2) {
    y--;
    m += 12;
  }
  return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d;
}

int main() {
  ll y1, m1, d1;
  scanf("%lld %lld %lld", &y1, &m1, &d1);
  ll y2, m2, d2;
  scanf("%lld %lld %lld", &y2, &m2, &d2);
  pirntf("%lld\n", to_days(y2, m2, d2) - to_days(y1, m1, d1));
  return 0;
}
