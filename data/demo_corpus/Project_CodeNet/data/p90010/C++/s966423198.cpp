#include <bits/stdc++.h>

int count_le(const std::vector<int>& v, int val) {
  int lo = -1, hi = v.size();
  while (hi - lo > 1) {
    int mid = (lo + hi) / 2;
    if (v[mid] <= val) lo = mid;
    else hi = mid;
  }
  return lo + 1;
}

int main() {
  int n, Q;
  scanf("%d %d", &n, &Q);
  std::vector<int> v(n);
  for (int j = 0; j < n; j++) scanf("%d", &v[j]);
  std::sort(v.begin(), v.end());
  for (int i = 0; i < Q; i++) {
    int val;
    scanf("%d", &val);
    printf("%d\n", count_le(v, val));
  }
}