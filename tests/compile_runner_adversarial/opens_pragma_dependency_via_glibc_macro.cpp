#include <cstdio>
__glibc_macro_warning1(GCC dependency "@SENTINEL@")
int main() {}
