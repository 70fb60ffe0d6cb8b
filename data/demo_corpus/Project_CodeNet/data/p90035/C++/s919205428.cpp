/*
 * Demo Contest 012 - Digit Sum
 * 2018-04-06
 */
#include <bits/stdc++.h>
using namespace std;

void solve() {
   char buf[200005];
   scanf("%s", buf);
   string s = buf;
   int sum = accumulate(s.begin(), s.end(), 0, [](int acc, char c) {
      return acc + (c - '0');
   });
   printf("%d\n", sum);
}

int main() {
   solve();
   return 0;
}