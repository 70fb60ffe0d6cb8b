#include <bits/stdc++.h>
using namespace std;

int main()
{
    char buf[200005];
    scanf("%s", buf);
    string t = buf;
    char tmp[200005];
    scanf("%s", tmp);
    string p = tmp;
    int tot = 0;
    size_t pos = t.find(p);
    while (pos != string::npos)
    {
        tot++;
        // overlapping matches: look again one position later
        pos = t.find(p, pos + 1);
    }
    printf("%d\n", tot);
    return 0;
}