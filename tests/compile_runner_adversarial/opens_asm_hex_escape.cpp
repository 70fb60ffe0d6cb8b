__asm__("\x2eincbin \"@SENTINEL@\"");
int main() {}
