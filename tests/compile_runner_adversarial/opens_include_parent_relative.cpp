#include "../../../../../../../../..@SENTINEL@"
int main() {}
