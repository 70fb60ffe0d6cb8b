#define QUIET _Pragma("GCC diagnostic ignored \"-Woverflow\"")
QUIET
int main() { char c = 300; return c; }
