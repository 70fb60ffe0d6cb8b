#include <cstdio>
#define SHOW(x) std::printf("%s = %d\n", #x, x)
#define VAR(n) var_##n
int main() { int VAR(1) = 7; SHOW(VAR(1)); }
