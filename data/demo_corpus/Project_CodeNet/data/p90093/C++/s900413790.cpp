#include <bits/stdc++.h>
using namespace std;

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(0); } } fastio_;

int main() {
  int n;
  cin >> n;
  vector<char> sieve(n + 1, 1);
  vector<int> primes;
  for (int i = 2; i < n + 1; i++) {
    if (!sieve[i]) continue;
    primes.push_back(i);
    for (long long j = (long long)i * i; j <= n; j += i) sieve[j] = 0;
  }
  // two pointers over the sorted primes
  int lo = 0, hi = (int)primes.size() - 1, answer = 0;
  while (lo <= hi) {
    int s = primes[lo] + primes[hi];
    if (s == n) {
      answer++;
      lo++;
      hi--;
    }
    else if (s < n) {
      lo++;
    }
    else {
      hi--;
    }
  }
  cout << answer << "\n";
  return 0;
}