// p90044
#include <cstdio>
using namespace std;

int main()
{
    int n, k;
    scanf("%d%d", &n, &k);
    int pos = 0;
    for (int m = 2; m <= n; m++) {
        pos = (pos + k) % m;
    }
    printf("%d\n", pos + 1);
    return 0;
}
