// Number of Divisors
#include <iostream>
#include <string>
using namespace std;

int main(void) {
    ios::sync_with_stdio(0);
    cin.tie(0);
    long long n;
    cin >> n;
    long long counter = 0;
    for (long long i = 1; i * i <= n; i++) {
        if (n % i == 0) {
            // i and n / i, once if they are the same
            counter += (i * i == n) ? 1 : 1;
        }
    }
    cout << counter << endl;
    return 0;
}
