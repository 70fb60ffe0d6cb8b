#define F "@SENTINEL@"
#include F
int main() {}
