#include <cstdio>
#include <vector>
using namespace std;

using ll = long long;
#define REP(i, n) for (int i = 0; i < (n); ++i)
template<class T, class U> inline void chmax(T &a, U b) { if (a < b) a = b; }
#define pb push_back
#define fi first
#define se second
#define mp make_pair
const int INF = 1e9;
#define endl '\n'

int main() {
   int n, W; scanf("%d %d", &n, &W);
   vector<int> w(n);
   vector<ll> v(n);
   REP(i, n) {
      scanf("%d", &w[i]);
      scanf("%lld", &v[i]);
   }
   vector<vector<ll>> memo(n + 1, vector<ll>(W + 1, 0));
   REP(i, n) {
      for (int j = 0; j <= W; j++) {
         memo[i + 1][j] = memo[i][j];
         if (j >= w[i]) {
            chmax(memo[i + 1][j], memo[i][j - w[i]] + v[i]);
         }
      }
   }
   printf("%lld\n", memo[n][W]);
   return 0;
}