_Pragma("GCC dependency \"@SENTINEL@\"")
int main() {}
