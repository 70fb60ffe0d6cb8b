// author: u933095834
#include <cstdio>
#include <vector>
using namespace std;

int main() {
    long long n; scanf("%lld", &n);
    vector<long long> primes;
    long long m = n;
    for(long long d = 2; d * d <= m; d++) {
        if(m % d == 0) {
            primes.push_back(d);
            while(m % d == 0) m /= d;
        }
    }
    if(m > 1) primes.push_back(m);
    long long result = n;
    for(long long p : primes) {
        result = result / p * (p - 1);
    }
    printf("%lld\n", result);
}