#include <algorithm>
#include <cstdio>

typedef long long ll;

int main() {
  int n; scanf("%d", &n);
  ll ps = 0, mn = 0;
  ll ret = -(1LL << 62);
  for (int i = 0; i < n; i++) {
    ll X; scanf("%lld", &X);
    ps += X;
    ret = std::max(ret, ps - mn);
    mn = std::min(mn, ps);
  }
  printf("%lld\n", ret);
}