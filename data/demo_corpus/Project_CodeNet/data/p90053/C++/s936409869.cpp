#include <iostream>
#include <cstdlib>
#include <string>

int main() {
  std::ios_base::sync_with_stdio(false);
  int n;
  std::cin >> n;
  int first = -1, second = -1;
  for (int i = 0; i < n; i++) {
    int val;
    std::cin >> val;
    if (val > first) {
      second = first;
      first = val;
    }
    else if (val < first && val > second) {
      second = val;
    }
  }
  std::cout << second << "\n";
  return 0;
}