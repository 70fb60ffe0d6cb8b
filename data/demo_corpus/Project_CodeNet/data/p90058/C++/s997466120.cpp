#include <bits/stdc++.h>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(NULL); } } fastio_;

int main()
{
  int Q;
  cin >> Q;
  for (int k = 0; k < Q; ++k) {
    long long n;
    cin >> n;
    long long sum = 0;
    for (long long d = 1; d * d <= n; d++) {
      if (n % d != 0) continue;
      if (d != n) sum += d;
      long long e = n / d;
      if (e != d && e != n) sum += e;
    }
    string kind = sum == n ? "perfect" : (sum < n ? "deficient" : "abundant");
    cout << kind << endl;
  }
  return 0;
}
