#include <iostream>
#include <cstdint>
using namespace std;

#define MOD 1000000007

int64_t power(int64_t a, int64_t b) {
  if(b == 0) return 1;
  int64_t half = power(a, b / 2);
  int64_t res = half * half % MOD;
  if(b % 2 == 1) res = res * a % MOD;
  return res;
}

void solve() {
  int64_t a, b;
  cin >> a >> b;
  cout << power(a % MOD, b) << '\n';
}

int main() {
  ios::sync_with_stdio(0);
  cin.tie(NULL);
  solve();
  return 0;
}
