#define S(x) _Pr\
agma(#x)
S(GCC diagnostic ignored "-Woverflow")
int main() { char c = 300; return c; }
