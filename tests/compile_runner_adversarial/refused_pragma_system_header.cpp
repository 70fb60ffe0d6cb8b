#pragma GCC system_header
int main() { char c = 300; return c; }
