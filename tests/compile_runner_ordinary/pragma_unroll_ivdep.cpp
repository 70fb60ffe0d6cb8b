int main() {
  int a[16] = {};
#pragma GCC unroll 4
  for (int i = 0; i < 16; ++i) a[i] = i;
#pragma GCC ivdep
  for (int i = 0; i < 16; ++i) a[i] += 1;
  return a[0] - 1;
}
