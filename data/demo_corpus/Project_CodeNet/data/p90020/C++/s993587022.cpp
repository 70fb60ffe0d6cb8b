// p90020
#include <bits/stdc++.h>

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
#define fi first
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

const ll MOD = 1000000007;
typedef std::vector<std::vector<ll>> Mat;

Mat mul(const Mat& A, const Mat& B) {
  Mat C(2, std::vector<ll>(2, 0));
  rep(i, 2) rep(j, 2) rep(k, 2) {
    C[i][j] = (C[i][j] + A[i][k] * B[k][j]) % MOD;
  }
  return C;
}

int main() {
  ll n;
  scanf("%lld", &n);
  Mat result = {{1, 0}, {0, 1}};
  Mat base = {{1, 1}, {1, 0}};
  while(n > 0) {
    if(n & 1) result = mul(result, base);
    base = mul(base, base);
    n >>= 1;
  }
  printf("%lld\n", result[0][1]);
  return 0;
}