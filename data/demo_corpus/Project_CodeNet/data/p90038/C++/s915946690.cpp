// author: u906117545
#include <cmath>
#include <iomanip>
#include <iostream>
using namespace std;

int main(void) {
   ios_base::sync_with_stdio(false);
   cin.tie(nullptr);
   int a, b, c;
   cin >> a >> b >> c;
   if(a + b <= c || b + c <= a || a + c <= b) {
      cout << -1 << '\n';
      return 0;
   }
   double s = (a + b + c) / 2.0;
   // Heron's formula
   double area = sqrt(s * (s - a) * (s - b) * (s - c));
   cout << fixed << setprecision(6) << area << '\n';
}
