#pragma GCC optimize("O3")
#include <bits/stdc++.h>
int main() { std::vector<int> v(4); return (int)v.size() - 4; }
