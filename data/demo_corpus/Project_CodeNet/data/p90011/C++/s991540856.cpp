/*
 * Demo Contest 004 - Counting Primes
 * 2015-08-26
 */
#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;
#define se second
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(0); } } fastio_;

int main() {
  int n;
  cin >> n;
  vector<bool> is_prime(n + 1, true);
  is_prime[0] = false;
  if (n >= 1) is_prime[1] = false;
  for (int i = 2; (ll)i * i <= n; i++) {
    if (!is_prime[i]) continue;
    for (int j = i * i; j <= n; j += i) is_prime[j] = false;
  }
  int c = 0;
  for (int i = 2; i <= n; i++) {
    if (is_prime[i]) c++;
  }
  cout << c << "\n";
  return 0;
}