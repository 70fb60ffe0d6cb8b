#include <stdio.h>
#include <string.h>

char s[100005];

int main()
{
    gets(s);
    int n = strlen(s);
    int ok = 1;
    for (int i = 0; i < n / 2; i++)
        if (s[i] != s[n - 1 - i]) ok = 0;
    puts(ok ? "Yes" : "No");
    return 0;
}
