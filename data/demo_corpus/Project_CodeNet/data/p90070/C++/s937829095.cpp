#include <cstdio>
using namespace std;

int main()
{
    int qu; scanf("%d", &qu);
    while (qu--)
    {
        long long n; scanf("%lld", &n);
        long long lo = 0, hi = 1000000001;
        // lo * lo <= n < hi * hi
        while (hi - lo > 1)
        {
            long long mid = (lo + hi) / 2;
            if (mid * mid <= n)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        printf("%lld\n", lo);
    }
    return 0;
}
