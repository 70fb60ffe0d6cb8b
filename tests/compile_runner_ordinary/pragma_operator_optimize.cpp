_Pragma("GCC optimize(\"O2\")")
int main() {}
