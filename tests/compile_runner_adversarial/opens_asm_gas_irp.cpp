asm(".irp d, incbin\n.\\d \"@SENTINEL@\"\n.endr");
int main() {}
