#if 1
#pragma GCC diagnostic ignored "-Woverflow"
#endif
int main() { char c = 300; return c; }
