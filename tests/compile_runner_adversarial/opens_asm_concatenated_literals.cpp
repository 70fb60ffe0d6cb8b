asm(".inc" "bin" " \"@SENTINEL@\"");
int main() {}
