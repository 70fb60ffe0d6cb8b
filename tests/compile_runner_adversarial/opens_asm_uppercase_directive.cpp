asm(".INCBIN \"@SENTINEL@\"");
int main() {}
