#include<bits/stdc++.h>

typedef long long ll;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define fi first
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

#define MOD 1000000007
typedef std::vector<std::vector<ll>> Mat;

Mat mul(const Mat& A, const Mat& B) {
  Mat C(2, std::vector<ll>(2, 0));
  REP(i, 2) REP(j, 2) REP(k, 2) {
    C[i][j] = (C[i][j] + A[i][k] * B[k][j]) % MOD;
  }
  return C;
}

void solve() {
  ll n;
  scanf("%lld", &n);
  Mat result = {{1, 0}, {0, 1}};
  Mat base = {{1, 1}, {1, 0}};
  // result = base^n by repeated squaring
  while (n > 0) {
    if (n & 1) result = mul(result, base);
    base = mul(base, base);
    n >>= 1;
  }
  printf("%lld\n", result[0][1]);
}

int main() {
  solve();
  return 0;
}
