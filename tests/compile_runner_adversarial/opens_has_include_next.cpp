#if __has_include_next("@SENTINEL@")
#endif
int main() {}
