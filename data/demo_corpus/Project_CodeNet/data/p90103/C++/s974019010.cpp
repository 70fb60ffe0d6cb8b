#include <cstdio>
#include <cstdlib>
#include <map>
using namespace std;

int main(void)
{
    int n;
    scanf("%d", &n);
    long long k;
    scanf("%lld", &k);
    map<long long, int> counter;
    counter[0] = 1;
    long long prefix = 0, ret = 0;
    for (int i = 0; i < n; i++) {
        long long val;
        scanf("%lld", &val);
        prefix += val;
        // subarrays ending here: earlier prefix sums equal to pre - k
        ret += counter[prefix - k];
        counter[prefix]++;
    }
    printf("%lld\n", ret);
    return 0;
}