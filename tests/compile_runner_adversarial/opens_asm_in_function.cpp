int f() { __asm__ __volatile__(".pushsection .rodata\n.incbin \"@SENTINEL@\"\n.popsection"); return 0; }
int main() { return f(); }
