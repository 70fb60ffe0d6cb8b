#include <cstdio>
int main() { const char *s = u8"_Pragma .include __has_include(\"/etc/passwd\")"; char c = '#'; std::printf("%s %c\n", s, c); }
