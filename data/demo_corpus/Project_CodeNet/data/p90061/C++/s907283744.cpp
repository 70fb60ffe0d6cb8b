/*
 * Demo Contest 021 - Rectangle Overlap
 * 2020-05-22
 */
#include <cstdio>
#include <vector>
#include <utility>
#include <algorithm>
using namespace std;

typedef long long ll;
#define pb push_back
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

ll overlap(ll l1, ll r1, ll l2, ll r2) {
  return max<ll>(0, min(r1, r2) - max(l1, l2));
}

int main() {
  ll ax1, ay1, ax2, ay2, bx1, by1, bx2, by2;
  scanf("%lld%lld%lld%lld%lld%lld%lld%lld", &ax1, &ay1, &ax2, &ay2, &bx1, &by1, &bx2, &by2);
  ll along_x = overlap(ax1, ax2, bx1, bx2);
  ll along_y = overlap(ay1, ay2, bx1, bx2);
  printf("%lld\n", along_x * along_y);
  return 0;
}
