#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    scanf("%d", &n);
    vector<int> p(n);
    for(int j = 0; j < n; j++) scanf("%d", &p[j]);
    if(!next_permutation(p.begin(), p.end()))
    {
        puts("none");
        return 0;
    }
    for(int i = 0; i < n; i++)
    {
        if(i > 0) printf(" ");
        printf("%d", p[i]);
    }
    printf("\n");
    return 0;
}