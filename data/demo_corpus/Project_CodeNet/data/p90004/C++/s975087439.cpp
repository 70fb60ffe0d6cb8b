#include <iostream>
#include <vector>
#include <utility>
using namespace std;

#define se second
using P = pair<int, int>;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

struct Fenwick {
  int n;
  vector<long long> t;
  Fenwick(int n) : n(n), t(n + 1, 0) {}
  void add(int i, long long v) {
    for(; i <= n; i += i & -i) t[i] += v;
  }
  long long total(int i) const {
    long long s = 0;
    for(; i > 0; i -= i & -i) s += t[i];
    return s;
  }
};

void solve() {
  int n, q; cin >> n >> q;
  Fenwick bit(n);
  for(int i = 1; i < n + 1; ++i) {
    long long x; cin >> x;
    bit.add(i, x);
  }
  for(int k = 0; k < q; ++k) {
    int l, r; cin >> l >> r;
    cout << bit.total(r) - bit.total(l - 1) << endl;
  }
}

int main() {
  solve();
  return 0;
}
