#pragma GCC optimize ("O2,unroll-loops")
#pragma GCC target("avx2")
#include <cstdio>
int main() { int s = 0; for (int i = 0; i < 8; ++i) s += i; std::printf("%d\n", s); }
