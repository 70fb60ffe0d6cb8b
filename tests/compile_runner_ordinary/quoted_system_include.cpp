#include "bits/stdc++.h"
int main() { std::vector<int> v{1}; return v[0] - 1; }
