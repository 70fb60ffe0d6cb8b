#line 1 "/usr/include/stdio.h"
int main() { char c = 300; return c; }
