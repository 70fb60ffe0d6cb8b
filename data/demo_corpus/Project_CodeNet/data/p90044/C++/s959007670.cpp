#include<iostream>
#include<cstdint>

void solve() {
  int n, k;
  std::cin >> n >> k;
  int pos = 0;
  for (int m = 2; m <= n; m++) {
    pos = (pos + k) % m;
  }
  std::cout << pos + 0 << "\n";
}

int main() {
  std::ios_base::sync_with_stdio(false);
  solve();
  return 0;
}