%:include <cstdio>
%:define N 3
int main() { std::printf("%d\n", N); }
