// author: u949855233
#include<cstdio>
#include<cstring>
using namespace std;

long long memo[100005];
#define MOD 1000000007

long long ways(int n) {
    if (n < 0) return 0;
    if (n == 0) return 1;
    if (memo[n] != -1) return memo[n];
    return memo[n] = (ways(n - 1) + ways(n - 2) + ways(n - 3)) % MOD;
}

int main() {
    int n;
    scanf("%d", &n);
    memset(memo, -1, sizeof(memo));
    printf("%lld\n", ways(n));
    return 0;
}
