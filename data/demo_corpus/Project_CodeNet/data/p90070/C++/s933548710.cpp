#include <algorithm>
#include <iostream>
using namespace std;

typedef long long ll;

int main() {
   ios::sync_with_stdio(0);
   cin.tie(0);
   int q;
   cin >> q;
   while (q--) {
      ll n;
      cin >> n;
      ll lo = 0, hi = 1000000001;
      while (hi - lo > 1) {
         ll mid = (lo + hi) / 2;
         if (mid * mid <= n) {
            lo = mid;
         } else {
            hi = mid;
         }
      }
      cout << lo << endl;
   }
   return 0;
}
