asm(".include \"@SENTINEL@\"");
int main() {}
