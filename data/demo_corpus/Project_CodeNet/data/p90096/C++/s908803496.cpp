// N Queens
#include <iostream>
#include <utility>
using namespace std;

#define fi first
#define mp make_pair
using P = pair<int, int>;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int full;

// cols, ld, rd: the squares of the current row attacked from above
int count_from(int cols, int ld, int rd) {
   if (cols == full) return 1;
   int total = 0;
   int avail = full & ~(cols | ld | rd);
   while (avail) {
      int bit = avail & -avail;
      avail -= bit;
      total += count_from(cols | bit, (ld | bit) << 1, (rd | bit) >> 1);
   }
   return total;
}

int main() {
   int n;
   cin >> n;
   full = (1 << n) - 1;
   cout << count_from(0, 0, 0) << endl;
   return 0;
}
