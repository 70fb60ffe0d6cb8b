#pragma GCC dependency "@SENTINEL@"
int main() {}
