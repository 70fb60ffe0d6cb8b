#include<vector>
#include<string>
#include<cstdlib>
#include<utility>
#include<cstdio>
using std::vector;

#define ll long long
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define mp make_pair
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main() {
   int n; scanf("%d", &n);
   std::vector<std::pair<ll, ll>> pts(n);
   for (auto& p : pts) {
      scanf("%lld %lld", &p.first, &p.second);
   }
   ll twice = 0;
   rep(i, n) {
      auto [x1, y1] = pts[i];
      auto [x2, y2] = pts[(i + 1) % n];
      // trapezoid under the edge
      twice += (x2 - x1) * (y2 + y1);
   }
   printf("%lld\n", std::abs(twice));
   return 0;
}