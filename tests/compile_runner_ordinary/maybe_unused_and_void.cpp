[[maybe_unused]] static int unused_helper() { return 1; }
int main() { int x = 0; (void)x; return 0; }
