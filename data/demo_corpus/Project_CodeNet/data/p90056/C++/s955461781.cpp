/*
 * Demo Contest 019 - Prime Factors
 * 2020-10-23
 */
#include <iostream>
using std::cin;

typedef long long ll;

int main() {
  std::ios_base::sync_with_stdio(false); std::cin.tie(0);
  ll n;
  std::cin >> n;
  bool first = true;
  auto emit = [&](ll p) {
    if (!first) {
      std::cout << " ";
    }
    first = false;
    std::cout << p;
  };
  while (n % 2 == 0) {
    emit(2);
    n /= 2;
  }
  for (ll p = 3; p * p < n; p += 2) {
    while (n % p == 0) {
      emit(p);
      n /= p;
    }
  }
  if (n > 1) emit(n);
  std::cout << '\n';
  return 0;
}