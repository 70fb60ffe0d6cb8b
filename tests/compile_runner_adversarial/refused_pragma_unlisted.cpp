#pragma GCC poison printf
int main() {}
