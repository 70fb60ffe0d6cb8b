#define CAT(a, b) a##b
#define rep(i, n) for (int CAT(i, _) = 0; CAT(i, _) < (n); ++CAT(i, _))
int main() { int s = 0; rep(k, 3) s++; return s - 3; }
