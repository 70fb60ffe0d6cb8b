#if defined(__has_include)
#define HAVE 1
#endif
#ifdef __has_include
#endif
int main() { return HAVE - 1; }
