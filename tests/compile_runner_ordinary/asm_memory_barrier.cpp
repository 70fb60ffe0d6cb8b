int main() { int x = 1; asm volatile("" ::: "memory"); return x - 1; }
