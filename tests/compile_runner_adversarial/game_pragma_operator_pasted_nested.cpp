#define CAT(a, b) a##b
#define CAT2(a, b) CAT(a, b)
CAT2(_P, CAT2(rag, ma))("GCC diagnostic ignored \"-Woverflow\"")
int main() { char c = 300; return c; }
