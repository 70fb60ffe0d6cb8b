/*
 * Demo Contest 032 - Collatz Steps
 * 2022-02-14
 */
#include <iostream>
using namespace std;

typedef long long ll;

int main(void)
{
   ios::sync_with_stdio(0);
   int que;
   cin >> que;
   while(que--)
   {
      // the values may grow past 32 bits on the way
      ll n;
      cin >> n;
      int steps = 0;
      while(n != 1)
      {
         if(n % 2 == 0)
         {
            n /= 2;
         }
         else
         {
            n = 3 * n + 1;
         }
         steps++;
      }
      cout << steps << '\n';
   }
}
