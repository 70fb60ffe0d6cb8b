#include_next "@SENTINEL@"
int main() {}
