#ident "x\"\n.incbin \"@SENTINEL@\"\n#"
int main() {}
