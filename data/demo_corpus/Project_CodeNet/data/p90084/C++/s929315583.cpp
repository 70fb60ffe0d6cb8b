// author: u900446373
#include <iostream>
#include <vector>
#include <stack>
#include <algorithm>
#include <cmath>

int main() {
  std::ios::sync_with_stdio(0); std::cin.tie(nullptr);
  int n; std::cin >> n;
  std::vector<long long> h(n);
  for (auto& x : h) std::cin >> x;
  std::stack<int> stk;
  long long res = 0;
  for (int i = 0; i < n; i++) {
    while (!stk.empty() && h[stk.top()] < h[i]) {
      int bottom = stk.top();
      stk.pop();
      if (stk.empty()) break;
      int l = stk.top();
      long long width = i - l - 1;
      long long height = std::min(h[l], h[i]) - h[bottom]
      res += width * height;
    }
    stk.push(i);
  }
  std::cout << res << '\n';
  return 0;
}
