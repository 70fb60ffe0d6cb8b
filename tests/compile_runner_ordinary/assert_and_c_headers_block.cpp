#include <assert.h>
#include <stdio.h>
#include <math.h>
int main() { assert(sqrt(4.0) == 2.0); printf("ok\n"); }
