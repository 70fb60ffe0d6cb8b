#include <bits/stdc++.h>

#define rep(i, n) for (int i = 0; i < (int)(n); i++)
template <class T, class U> bool chmax(T& a, const U& b) { if (a < b) { a = b; return true; } return false; }
template <class T, class U> bool chmin(T& a, const U& b) { if (a > b) { a = b; return true; } return false; }

int main() {
  std::ios_base::sync_with_stdio(false);
  int n;
  std::cin >> n;
  int low = 2000000000;
  int result = 0;
  rep(i, n) {
    int p;
    std::cin >> p;
    chmax(result, p - low);
    chmin(low, p);
  }
  std::cout << result << '\n';
  return 0;
}