// 2021-02-08
#include <iostream>
#include <vector>

#define ll long long
#define fi first
typedef std::vector<int> vi;

int main() {
   int y, m, d;
   std::cin >> y >> m >> d;
   int y2, m2, d2;
   std::cin >> y2 >> m2 >> d2;
   int mdays[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
   ll num = 0;
   while (y != y2 || m != m2 || d != d2) {
      bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
      int len = (m == 2 && leap) ? 29 : mdays[m];
      d++;
      if (d > len) {
         d = 1;
         m++;
         if (m > 12) {
            m = 1;
            y++;
         }
      }
      num++;
   }
   std::cout << num << '\n';
   return 0;
}