#include <cstdio>
__glibc_macro_warning1(GCC diagnostic ignored "-Woverflow")
int main() { char c = 300; return c; }
