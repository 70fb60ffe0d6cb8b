#define Q(a, b) a%:%:b
Q(_Pra, gma)("GCC diagnostic ignored \"-Woverflow\"")
int main() { char c = 300; return c; }
