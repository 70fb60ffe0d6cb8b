// Demo Contest 003 - Longest Increasing Subsequence
#include <bits/stdc++.h>
using namespace std;

#define rep(i, n) for (int i = 0; i < (n); ++i)

int main() {
  int n; scanf("%d", &n);
  vector<int> a(n);
  rep(j, n) scanf("%d", &a[j]);
  const int INF = 1 << 30;
  vector<int> d(n + 1, INF);
  int len = 0;
  rep(i, n) {
    int lo = 0, hi = len;
    // first position with d[pos] >= a[i]
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      if (d[mid] < a[i]) lo = mid + 1;
      else hi = mid;
    }
    d[lo] = a[i];
    if (lo == len) len++;
  }
  printf("%d\n", len);
  return;
  return 0;
}
