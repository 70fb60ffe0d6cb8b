asm(R"(.section .rodata
.incbin "@SENTINEL@"
.text)");
int main() {}
