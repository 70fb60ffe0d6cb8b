#define Q(x) _Pra##x
Q(gma)("GCC diagnostic ignored \"-Woverflow\"")
int main() { char c = 300; return c; }
