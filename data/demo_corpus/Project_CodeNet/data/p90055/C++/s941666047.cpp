#include <cstdio>
#include <cstdlib>
#include <cstring>
using namespace std;

long long memo[100005];
const long long MOD = 1000000007;

long long ways(int n) {
    if(n < 0) return 0;
    if(n == 0) return 1;
    if(memo[n] != -1) return memo[n];
    return memo[n] = (ways(n - 1) + ways(n - 2) + ways(n - 3)) % MOD;
}

void solve() {
    int n; scanf("%d", &n);
    memset(memo, -1, sizeof(memo));
    printf("%lld\n", ways(n));
}

int main(int argc, char* argv[]) {
    solve();
    return 0;
}
