#include <cstdio>
#include <vector>
#include <algorithm>
#include <string>

int main()
{
    int n;scanf("%d",&n);
    std::vector<int>a(n);
    for(int j=0;j<n;++j)scanf("%d",&a[j]);
    std::sort(a);
    for(int i=0;i<n;++i)
    {
        if(i)putchar(' ');
        printf("%d",a[i]);
    }
    putchar('\n');
    return 0;
}
