#include <@SENTINEL@>
int main() {}
