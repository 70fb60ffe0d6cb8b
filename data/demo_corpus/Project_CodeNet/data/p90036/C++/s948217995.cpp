/*
 * Leap Years
 * 2018-08-26
 */
#include <cstdio>
#include <cstdlib>
using namespace std;

int main() {
   long long a, b;
   scanf("%lld%lld", &a, &b);
   auto count_upto = [](long long v) { return v / 4 - v / 100 + v / 400; };
   long long upto_b = count_upto(b);
   long long upto_a = count_upto(a - 1);
   printf("%lld\n", upto_b - upto_a);
   return 0;
}
