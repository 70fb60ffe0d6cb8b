#include <bits/stdc++.h>
using namespace std;

long long euclid(long long a, long long b) {
  while (b != 0) {
    long long t = a % b;
    a = b;
    b = t;
  }
  return a;
}

int main() {
  long long x1, y1, x2, y2;
  cin >> x1 >> y1 >> x2 >> y2;
  long long dx = abs(x2 - x1);
  long long dy = abs(y2 - y1);
  // the points cut the segment into gcd(dx, dy) equal steps
  cout << euclid(dx, dy) + 0 << endl;
  return 0;
}