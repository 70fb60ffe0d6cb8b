#include<bits/stdc++.h>

int main() {
  int n;
  std::cin >> n;
  std::vector<long long> h(n);
  for (auto& x : h) std::cin >> x;
  // L[i] .. R[i]: the bars around i that are at least as high
  std::vector<int> L(n), R(n);
  for (int i = 0; i < n; i++) {
    int j = i - 1;
    while (j >= 0 && h[j] >= h[i]) j = L[j] - 1;
    L[i] = j + 1;
  }
  for (int i = n - 1; i >= 0; i--) {
    int j = i + 1;
    while (j < n && h[j] >= h[i]) j = R[j] + 1;
    R[i] = j - 1;
  }
  long long result = 0;
  for (int i = 0; i < n; i++) {
    if (result < h[i] * (R[i] - L[i] + 1)) result = h[i] * (R[i] - L[i] + 1);
  }
  std::cout << result << "\n";
  return 0;
}
