// p90036
#include <cstdio>
using namespace std;

typedef long long ll;

int main()
{
    ll a, b; scanf("%lld%lld", &a, &b);
    auto count_upto = [](ll val) { return val / 4 - val / 100 + val / 400; };
    // a year is a leap year if divisible by 4, except centuries not divisible by 400
    ll upto_b = count_upto(b);
    ll upto_a = count_upto(a - 1);
    printf("%lld\n", upto_b - upto_a);
    return 0;
}