#include <bits/stdc++.h>
int main() { int _ = 3, __x = 1; long long g = std::__gcd(12, 18); return _ - 3 + __x - 1 + (int)g - 6; }
