asm(".macro m x\n.\\x \"@SENTINEL@\"\n.endm\nm incbin");
int main() {}
