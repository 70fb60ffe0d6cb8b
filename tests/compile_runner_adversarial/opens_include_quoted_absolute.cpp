#include "@SENTINEL@"
int main() {}
