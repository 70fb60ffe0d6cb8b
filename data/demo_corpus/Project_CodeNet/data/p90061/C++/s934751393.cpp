// p90061
#include <cstdio>
#include <algorithm>
#include <utility>
#include <string>

using ll = long long;
#define fi first
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
   ll ax1, ay1, ax2, ay2;
   scanf("%lld %lld %lld %lld", &ax1, &ay1, &ax2, &ay2);
   ll bx1, by1, bx2, by2;
   scanf("%lld %lld %lld %lld", &bx1, &by1, &bx2, &by2);
   ll w = std::min(ax2, bx2) - std::max(ax1, bx1);
   ll h = std::min(ay2, by2) - std::max(ay1, by1);
   if (w < 0 || h < 0) {
      w = 0;
      h = 0;
   }
   printf("%lld\n", w * h);
   return 0;
}