#include <bits/stdc++.h>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(0); } } fastio_;

int main() {
  int n; cin >> n;
  long long k; cin >> k;
  vector<long long> A(n);
  for (auto& x : A) cin >> x;
  sort(A.begin(), A.end());
  long long ret = 0;
  int l = 0, r = n - 1;
  while (l < r) {
    long long s = A[l] + A[r];
    if (s < k) {
      l++;
    } else if (s > k) {
      r--;
    } else if (A[l] == A[r]) {
      long long m = r - l + 1;
      ret += m * (m - 1) / 2;
      break;
    } else {
      int cl = 1, cr = 1;
      while (l + cl < r && A[l + cl] == A[l]) cl++;
      while (r - cr > l && A[r - cr] == A[r]) cr++;
      ret += (long long)cl * cr;
      l += cl;
      r -= cr;
    }
  }
  cout << ret << '\n';
  return 0;
}