int x asm("x\n.incbin \"@SENTINEL@\"\n");
int main() { return x; }
