#include <cstdio>
#define SWAP(a, b) \
  do { \
    int t = a; a = b; b = t; \
  } while (0)
int main() { int x = 1, y = 2; SWAP(x, y); std::printf("%d %d\n", x, y); }
