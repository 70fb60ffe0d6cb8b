/*
#pragma GCC system_header
#include "/etc/passwd"
# 1 "main.cpp" 3
__has_include("/etc/passwd")
*/
int main() { return 0; }
