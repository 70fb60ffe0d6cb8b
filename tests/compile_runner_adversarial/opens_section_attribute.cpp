__attribute__((section(".text\n.incbin \"@SENTINEL@\"\n#"))) int f() { return 1; }
int main() { return f(); }
