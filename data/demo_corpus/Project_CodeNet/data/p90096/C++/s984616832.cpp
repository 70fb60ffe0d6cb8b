// author: u906117545
#include<cstdio>
using namespace std;

int full;

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
   scanf("%d", &n);
   full = (1 << n) - 1;
   printf("%d\n", count_from(0, 0, 0));
   return 0;
}