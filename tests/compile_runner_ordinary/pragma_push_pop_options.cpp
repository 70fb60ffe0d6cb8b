#pragma GCC push_options
#pragma GCC optimize("O0")
int slow(int x) { return x + 1; }
#pragma GCC pop_options
int main() { return slow(-1); }
