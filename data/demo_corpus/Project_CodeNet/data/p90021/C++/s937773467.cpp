#include <iostream>
#include <vector>

constexpr long long MOD = 1000000007;

long long power(long long a, long long b)
{
    if (b == 0) return 1;
    long long half = power(a, b / 2);
    long long res = half * half % MOD;
    if (b % 2 == 1) res = res * a % MOD;
    return res;
}

int main()
{
    std::ios_base::sync_with_stdio(false);
    long long a, b;
    std::cin >> a >> b;
    std::cout << power(a % MOD, b) << std::endl;
    return 0;
}