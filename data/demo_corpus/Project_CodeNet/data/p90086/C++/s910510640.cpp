#include <string>
#include <vector>
#include <cstdio>
#include <utility>
#include <algorithm>
using namespace std;

typedef long long ll;
#define all(v) v.begin(), v.end()
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
#define pb push_back
#define fi first
using P = pair<int, int>;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

signed main() {
  int n;
  scanf("%d", &n);
  vector<pair<ll, ll>> seg(n);
  for(auto& s : seg) {
    scanf("%lld%lld", &s.first, &s.second);
  }
  sort(all(seg));
  ll total = 0;
  ll cl = seg[0].first, cr = seg[0].second;
  FOR(i, 1, n) {
    if(seg[i].first <= cr) {
      cr = max(cr, seg[i].second);
    } else {
      total += cr - cl;
      cl = seg[i].first;
      cr = seg[i].second;
    }
  }
  total += cr - cl;
  printf("%lld\n", total);
}