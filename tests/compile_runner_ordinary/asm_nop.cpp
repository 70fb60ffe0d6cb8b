int main() { __asm__ __volatile__("nop"); return 0; }
