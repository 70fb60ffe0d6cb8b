#define CAT(a, b) a##b
#define HI CAT(__has_, include)
#if HI("@SENTINEL@")
#endif
int main() {}
