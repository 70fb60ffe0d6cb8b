// p90004
#include<vector>
#include<cstdio>
#include<utility>
using namespace std;

using ll = long long;
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
#define mp make_pair
using P = pair<int, int>;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

struct Fenwick {
  int n;
  vector<ll> t;
  Fenwick(int n) : n(n), t(n + 1, 0) {}
  void add(int i, ll v) {
    for (; i <= n; i += i & -i) t[i] += v;
  }
  ll total(int i) const {
    ll s = 0;
    for (; i > 0; i -= i & -i) s += t[i];
    return s;
  }
};

int main(int argc, char* argv[]) {
  int n, Q;
  scanf("%d %d", &n, &Q);
  Fenwick bit(n);
  FOR(i, 1, n + 1) {
    ll X;
    scanf("%lld", &X);
    bit.add(i, X);
  }
  rep(k, Q) {
    int l, r;
    scanf("%d %d", &l, &r);
    printf("%lld\n", bit.total(r) - bit.total(l - 1));
  }
  return 0;
}
