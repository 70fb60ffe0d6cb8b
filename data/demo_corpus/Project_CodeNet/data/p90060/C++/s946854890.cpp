#include <iostream>
#include <utility>
#include <cstdlib>
using namespace std;

#define pb push_back
#define mp make_pair
using P = pair<int, int>;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main() {
  ios::sync_with_stdio(false);
  cin.tie(0);
  int y, m, d; cin >> y >> m >> d;
  int y2, m2, d2; cin >> y2 >> m2 >> d2;
  int mdays[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  long long c = 0;
  // walk one day at a time
  while (y != y2 || m != m2 || d != d2) {
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    it len = (m == 2 && leap) ? 29 : mdays[m];
    d++;
    if (d > len) {
      d = 1;
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
    c++;
  }
  cout << c << endl;
  return 0;
}
