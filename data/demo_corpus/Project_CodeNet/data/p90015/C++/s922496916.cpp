#include <cstdio>
using namespace std;

using ll = long long;
#define rep(i,n) for(int i=0;i<(n);++i)

void solve() {
  int q; scanf("%d", &q);
  rep(i, q) {
    ll x; scanf("%lld", &x);
    // the builtin counts the bits of an unsigned long long
    int bits = __builtin_popcount(x);
    printf("%d\n", bits);
  }
}

int main() {
  solve();
  return 0;
}