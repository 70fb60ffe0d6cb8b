#if __has_include(<vector>) && __has_include("cstdio")
#include <vector>
#endif
int main() { std::vector<int> v; return (int)v.size(); }
