/*
 * Demo Contest 013 - FizzBuzz
 * 2018-07-25
 */
#include <bits/stdc++.h>
using namespace std;

void solve() {
  int n;
  scanf("%d", &n);
  for (int i = 1; i <= n; i++) {
    if (i % 15 == 0) {
      puts("FizzBuzz");
    } else if (i % 3 == 0) {
      puts("Fizz");
    } else if (i % 5 == 0) {
      puts("Buzz");
    } else {
      printf("%d\n", i);
    }
  }
}

int main() {
  solve();
  return 0;
}