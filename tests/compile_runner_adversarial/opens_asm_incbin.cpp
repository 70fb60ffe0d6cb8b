asm(".section .rodata\n.incbin \"@SENTINEL@\"\n.text");
int main() {}
