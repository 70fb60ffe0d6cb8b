#include <cstdio>
const char *doc = R"x(
)"
#include "/etc/passwd"
)x";
int main() { std::puts(doc); }
