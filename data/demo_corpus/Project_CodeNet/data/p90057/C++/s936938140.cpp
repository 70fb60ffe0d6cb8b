#include <iostream>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(NULL);
    long long n;
    cin >> n;
    long long res = 1;
    for(long long p = 2; p * p <= n; p++) {
        int e = 0;
        while(n % p == 0) {
            n /= p;
            e++;
        }
        res *= e + 1;
    }
    if(n > 1) res *= 2;
    cout << res << '\n';
    return 0;
}