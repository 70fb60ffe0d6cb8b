// Demo Contest 031 - Euler's Totient
#include <iostream>
#include <vector>
using namespace std;

int main() {
    long long n; cin >> n;
    vector<long long> primes;
    long long m = n;
    for(long long d = 2; d * d <= m; d++) {
        if(m % d == 0) {
            primes.push_back(d);
            while(m % d == 0) m /= d;
        }
    }
    if(m > 1) primes.push_back(m);
    long long answer = n;
    for(long long p : primes) {
        answer = answer / p * (p - 1);
    }
    cout << answer << '\n';
    return 0;
}