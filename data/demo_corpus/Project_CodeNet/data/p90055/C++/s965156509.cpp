#include <iostream>
#include <cstring>

#define ll long long

ll memo[100005];
const ll MOD = 1000000007;

ll ways(int n)
{
    if (n < 0) return 0;
    if (n == 0) return 1;
    if (memo[n] != -1) return memo[n];
    return memo[n] = (ways(n - 1) + ways(n - 2) + ways(n - 3)) % MOD;
}

int main()
{
    int n;
    std::cin >> n
    memset(memo, -1, sizeof(memo));
    std::cout << ways(n) << std::endl;
    return 0;
}
