#include <bits/stdc++.h>

#define rep(i, n) for (int i = 0; i < (n); ++i)

int main(void)
{
  std::ios_base::sync_with_stdio(false);
  std::cin.tie(NULL);
  int n;
  std::cin >> n;
  std::vector<std::vector<int>> t(n);
  rep(i, n) {
    t[i].resize(i + 1);
    rep(j, i + 1) {
      std::cin >> t[i][j];
    }
  }
  for (int i = n - 2; i >= 0; i--) {
    rep(j, i + 1) {
      t[i][j] += std::max(t[i + 1][j], t[i + 1][j + 1]);
    }
  }
  std::cout << t[0][0] << '\n';
  return 0;
}
