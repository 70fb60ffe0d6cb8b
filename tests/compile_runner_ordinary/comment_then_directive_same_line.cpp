/* header */ #include <cstdio>
int main() { std::puts("ok"); }
