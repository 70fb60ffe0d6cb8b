/* looks like a comment line
*/ #include "@SENTINEL@"
int main() {}
