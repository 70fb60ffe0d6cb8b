#define CAT(a, b) a##b
#define P CAT(_, Pragma)
P("GCC diagnostic push") P("GCC diagnostic ignored \"-Woverflow\"")
int main() { char c = 300; return c; }
