#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define all(x) (x).begin(), (x).end()
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
  int n, Q;
  scanf("%d %d", &n, &Q);
  vector<int> p(n);
  iota(all(p), 0);
  function<int(int)> find_root = [&](int v) {
    return p[v] == v ? v : p[v] = find_root(p[v]);
  };
  rep(i, Q) {
    int t, a, b;
    scanf("%d %d %d", &t, &a, &b);
    int ra = find_root(a), rb = find_root(b);
    if (t == 0) {
      p[ra] = rb;
      continue;
    }
    printf("%d\n", ra == rb);
  }
  return 0;
}
