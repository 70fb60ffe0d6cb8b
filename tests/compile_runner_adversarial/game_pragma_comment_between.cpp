#/* hidden */pragma GCC diagnostic ignored "-Woverflow"
int main() { char c = 300; return c; }
