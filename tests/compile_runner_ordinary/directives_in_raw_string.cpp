#include <cstdio>
const char *doc = R"(
#pragma GCC diagnostic ignored "-Woverflow"
#include "/etc/passwd"
# 1 "main.cpp" 3
_Pragma("GCC system_header")
)";
int main() { std::puts(doc); }
