#include <iostream>
#include <string>
using std::cin;
using std::string;

int main()
{
   std::ios_base::sync_with_stdio(false);
   std::cin.tie(nullptr);
   int y, m, d; std::cin >> y >> m >> d;
   if (m < 3) {
      m += 12;
      y -= 1;
   }
   int K = y % 100, J = y / 100;
   int h = (d + 13 * (m + 1) / 5 + K + K / 4 + J / 4 + 5 * J) % 7;
   const std::string names[7] = {"Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
   std::cout << names[h] << std::endl;
}