#define C3(a, b, c) a##b##c
C3(_, Pra, gma)("GCC diagnostic ignored \"-Woverflow\"")
int main() { char c = 300; return c; }
