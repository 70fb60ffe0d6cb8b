// 2021-08-29
#include <iostream>
#include <vector>
#include <cstdint>
using namespace std;

constexpr int64_t MOD = 1000000007;

int64_t power(int64_t b, int64_t e) {
  int64_t r = 1;
  b %= MOD;
  while(e > 0) {
    if(e & 1) r = r * b % MOD;
    b = b * b % MOD;
    e >>= 1;
  }
  return r;
}

int main() {
  ios_base::sync_with_stdio(false);
  const int N = 2000;
  vector<int64_t> fact(N + 1), inv(N + 1);
  fact[0] = 1;
  for(int i = 1; i < N + 1; ++i) fact[i] = fact[i - 1] * i % MOD;
  inv[N] = power(fact[N], MOD - 2);
  for(int i = N - 1; i >= 0; --i) inv[i] = inv[i + 1] * (i + 1) % MOD;
  int que;
  cin >> que;
  for(int t = 0; t < que; ++t) {
    int n, k;
    cin >> n >> k;
    cout << fact[n] * inv[k] % MOD * inv[n - k] % MOD << "\n";
  }
  return 0;
}
