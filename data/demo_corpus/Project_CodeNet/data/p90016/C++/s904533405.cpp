#include<bits/stdc++.h>
using namespace std;

void solve()
{
    char buf[200005];
    scanf("%s", buf);
    string s = buf;
    int x = 0, y = 0;
    for (char c : s)
    {
        switch (c)
        {
        case 'U':
            y++;
            break;
        case 'D':
            y--;
            break;
        case 'L':
            x--;
            break;
        case 'R':
            x++;
            break;
        }
    }
    printf("%d %d\n", x, y);
}

int main()
{
    solve();
    return 0;
}