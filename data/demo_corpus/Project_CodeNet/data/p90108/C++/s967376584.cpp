/*
 * Calculator
 * 2023-01-11
 */
#include <algorithm>
#include <cstdio>

void solve() {
   int qu;
   scanf("%d", &qu);
   while (qu--) {
      long long a;
      scanf("%lld", &a);
      char op;
      scanf(" %c", &op);
      long long b;
      scanf("%lld", &b);
      long long r = 0;
      switch (op) {
      case '+':
         r = a + b;

      case '-':
         r = a - b;
         break;
      case '*':
         r = a * b;
         break;
      default:
         r = a / b;
         break;
      }
      printf("%lld\n", r);
   }
}

int main() {
   solve();
   return 0;
}