#include <stdio.h>
#include <string.h>

static char sieve[10000001];

int main(void)
{
    register int i, j;
    int n, cnt = 0;
    scanf("%d", &n);
    memset(sieve, 1, sizeof(sieve));
    for (i = 2; i <= n; i++) {
        if (!sieve[i]) continue;
        cnt++;
        for (j = i + i; j <= n; j += i) sieve[j] = 0;
    }
    printf("%d\n", cnt);
    return 0;
}
