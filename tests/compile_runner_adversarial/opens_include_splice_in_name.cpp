#inc\
lude "@SENTINEL@"
int main() {}
