// author: u916746921
#include <iostream>
#include <string>
#include <cmath>
#include <algorithm>
#include <vector>
using std::cin;
using std::string;

typedef long long ll;
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
#define fi first
#define mp make_pair
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

struct FastIO { FastIO() { std::ios::sync_with_stdio(false); std::cin.tie(NULL); } } fastio_;

bool leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int main() {
  int y, m, d; std::cin >> y >> m >> d;
  const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  // days since Monday, 1 January of year 1
  ll days = 0;
  FOR(yy, 1, y) {
    days += leap(yy) ? 366 : 365;
  }
  FOR(mm, 1, m) {
    days += mdays[mm - 1];
    if (mm == 2 && leap(y)) days++;
  }
  days += d - 1;
  const std::string names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  std::cout << names[days % 7] << std::endl;
}