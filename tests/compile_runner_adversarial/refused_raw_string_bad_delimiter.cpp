R"delimiter_that_is_far_too_long(
#include "/etc/passwd"
)delimiter_that_is_far_too_long";
int main() {}
