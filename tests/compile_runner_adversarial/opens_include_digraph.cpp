%:include "@SENTINEL@"
int main() {}
