#define P "@SENTINEL@"
#if __has_include(P)
#endif
int main() {}
