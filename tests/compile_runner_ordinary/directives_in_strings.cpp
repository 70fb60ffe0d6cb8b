#include <cstdio>
int main() { std::puts("#pragma GCC diagnostic ignored \"-Woverflow\""); std::puts("_Pragma(\"GCC system_header\")"); std::puts(".incbin \"/etc/passwd\""); std::puts("#include </etc/passwd>"); }
