#include <cstdio>

typedef long long ll;

ll add(ll x, ll y) {
  return x + y;
}

int main() {
  int n;
  scanf("%d", &n);
  for (int i = 0; i < n; i++) {
    ll a, b;
    scanf("%lld %lld", &a, &b);
    ll s = add(a, b);
    printf("%lld\n", s);
  }
}