/*
 * Leap Years
 * 2018-09-10
 */
#include <cstdio>
using namespace std;

// leap years in [1, x]
long long leaps(long long val) {
  return val / 4 - val / 100 + val / 400;
}

int main() {
  long long a, b;
  scanf("%lld%lld", &a, &b);
  long long ret = leaps(b) - leaps(a - 1);
  printf("%lld\n", ret);
  return 0;
}