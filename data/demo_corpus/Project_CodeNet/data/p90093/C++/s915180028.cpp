#include<bits/stdc++.h>

typedef long long ll;

int main(void) {
    int n;
    std::cin >> n;
    std::vector<char> sieve(n + 1, 1);
    std::vector<int> primes;
    for (int i = 2; i < n + 1; ++i) {
        if (!sieve[i]) continue;
        primes.push_back(i);
        for (ll j = (ll)i * i; j <= n; j += i) sieve[j] = 0;
    }
    int lo = 0, hi = (int)primes.size() - 1, res = 0;
    while (lo <= hi) {
        int s = primes[lo] + primes[hi];
        if (s == n) {
            res++;
            lo++;
            hi--;
        } else if (s < n) {
            lo++;
        } else {
            hi--;
        }
    }
    std::cout << res << '\n';
}