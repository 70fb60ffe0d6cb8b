#if __has_include("@SENTINEL@")
#endif
int main() {}
