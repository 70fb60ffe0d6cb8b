#include<iostream>
#include<vector>
using namespace std;

typedef long long LL;
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)

void solve()
{
    int n;
    cin >> n;
    vector<char> sieve(n + 1, 1);
    vector<int> primes;
    FOR(i, 2, n + 1) {
        if (!sieve[i]) continue;
        primes.push_back(i);
        for (LL j = (LL)i * i; j <= n; j += i) sieve[j] = 0;
    }
    // two pointers over the sorted primes
    int lo = 0, hi = (int)primes.size() - 1, result = 0;
    while (lo <= hi) {
        int s = primes[lo] + primes[hi];
        if (s == n) {
            result++;
            lo++;
            hi--;
        } else if (s < n) {
            lo++;
        } else {
            hi--;
        }
    }
    cout << result << endl;
}

int main()
{
    ios::sync_with_stdio(0);
    solve();
    return 0;
}