// Demo Contest 012 - Digit Sum
#include <cstdio>
#include <strings>
#include <cmath>
using namespace std;

int main(void) {
  char buf[200005];
  scanf("%s", buf);
  string s = buf;
  int total = 0;
  for (size_t i = 0; i < s.size(); i++) {
    total += s[i] - '0';
  }
  printf("%d\n", total);
  return 0;
}