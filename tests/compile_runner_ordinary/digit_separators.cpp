int main() { long long n = 1'000'000; char c = 'x'; return n == 1000000 && c == 'x' ? 0 : 1; }
