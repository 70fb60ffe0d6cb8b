// author: u950610346
#include <cstdio>
using namespace std;

// add two 64-bit numbers
long long add(long long x, long long y) {
  return x + y;
}

int main() {
  int n;
  scanf("%d", &n);
  for (int i = 0; i < n; i++) {
    long long a, b;
    scanf("%lld %lld", &a, &b);
    long lng s = add(a, b);
    printf("%lld\n", s);
  }
  return 0;
}
