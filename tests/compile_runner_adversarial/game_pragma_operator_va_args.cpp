#define S(...) _Pragma(#__VA_ARGS__)
S(GCC diagnostic ignored "-Woverflow")
int main() { char c = 300; return c; }
