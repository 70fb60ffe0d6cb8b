# 1 "/usr/include/stdio.h" 3
int main() { char c = 300; return c; }
