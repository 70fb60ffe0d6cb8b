#define INC ".incbin"
#define PATH "@SENTINEL@"
asm(INC " \"" PATH "\"");
int main() {}
