#include <cstdio>
#include <algorithm>
#include <functional>
using namespace std;

int a[200005];

int main()
{
    int n, q;
    scanf("%d %d", &n, &q);
    for (int i = 0; i < n; i++) scanf("%d", &a[i]);
    while (q--) {
        int x;
        scanf("%d", &x);
        int c = count_if(a, a + n, bind2nd(less_equal<int>(), x));
        printf("%d\n", c);
    }
    return 0;
}
