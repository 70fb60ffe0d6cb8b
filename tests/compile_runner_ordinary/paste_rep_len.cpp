#include <cstdio>
#define REP(i, n) for (int i = 0, i##_len = (n); i < i##_len; ++i)
int main() { int s = 0; REP(k, 5) s += k; std::printf("%d\n", s); }
