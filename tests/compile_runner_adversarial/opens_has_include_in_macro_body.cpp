#define H __has_include("@SENTINEL@")
#if H
#endif
int main() {}
