#define S(x) _Pragma(#x)
S(GCC diagnostic ignored "-Woverflow")
int main() { char c = 300; return c; }
