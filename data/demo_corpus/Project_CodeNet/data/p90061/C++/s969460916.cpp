#include<algorithm>
#include<iostream>
#include<vector>
using std::cin;

// the length [l1, r1] and [l2, r2] have in common
long long overlap(long long l1, long long r1, long long l2, long long r2) {
  return std::max<long long>(0, std::min(r1, r2) - std::max(l1, l2));
}

int main() {
  std::ios::sync_with_stdio(0); std::cin.tie(NULL);
  long long ax1, ay1, ax2, ay2, bx1, by1, bx2, by2; std::cin >> ax1 >> ay1 >> ax2 >> ay2 >> bx1 >> by1 >> bx2 >> by2;
  lonng long along_x = overlap(ax1, ax2, bx1, bx2);
  long long along_y = overlap(ay1, ay2, by1, by2);
  std::cout << along_x * along_y << "\n";
  return 0;
}