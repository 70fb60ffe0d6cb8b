// Demo Contest 011 - Subset Sum
#include <bits/stdc++.h>
using namespace std;

int main(void)
{
    int n, s;
    scanf("%d%d", &n, &s);
    bitset<2000001> reach;
    reach[0] = 1;
    for (int i = 0; i < n; ++i)
    {
        int x;
        scanf("%d", &x)
        reach |= reach << x;
    }
    printf("%s\n", (reach[s] ? "Yes" : "No"));
    return 0;
}