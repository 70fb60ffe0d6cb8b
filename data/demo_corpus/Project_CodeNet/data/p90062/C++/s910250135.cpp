/*
 * Demo Contest 021 - Polygon Area
 * 2020-11-24
 */
#include <iostream>
#include <vector>
#include <utility>
#include <cstdlib>
#include <cstdint>
using namespace std;

void solve() {
  int n;
  cin >> n;
  vector<pair<int64_t, int64_t>> pts(n);
  for (auto& p : pts) {
    cin >> p.first >> p.second;
  }
  int64_t twice = 0;
  for (int i = 0; i < n; i++) {
    auto [x1, y1] = pts[i];
    auto [x2, y2] = pts[(i + 1) % n];
    twice += (x2 - x1) * (y2 + y1);
  }
  cout << abs(twice) << endl;
}

int main() {
  ios::sync_with_stdio(false); cin.tie(nullptr);
  solve();
  return 0;
}