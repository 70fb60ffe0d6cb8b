#include <iostream>
using namespace std;

void solve() {
   int que;
   cin >> que;
   for (int i = 0; i < que; i++) {
      long long n;
      cin >> n;
      if (n < 2) {
         cout << n << endl;
         continue;
      }
      long long x = n / 2 + 1;
      long long y = 