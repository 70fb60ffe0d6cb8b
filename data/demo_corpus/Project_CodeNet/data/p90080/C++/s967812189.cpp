#include <cstdio>
#include <string>
#include <vector>
using namespace std;

// one decimal digit written with the symbols for 1, 5 and 10 of its place
string digit(int d, char one, char five, char ten) {
   if (d == 9) return string(1, one) + ten;
   if (d >= 5) return string(1, five) + string(d - 5, one);
   if (d == 4) return string(1, one) + five;
   return string(d, one);
}

void solve() {
   int n;
   scanf("%d", &n);
   string s = string(n / 1000, 'M');
   s += digit(n / 100 % 10, 'C', 'D', 'M');
   s += digit(n / 10 % 10, 'X', 'L', 'C');
   s += digit(n % 10, 'I', 'V', 'X');
   printf("%s\n", s.c_str());
}

int main(void) {
   solve();
   return 0;
}