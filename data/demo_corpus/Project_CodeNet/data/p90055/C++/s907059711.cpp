#include<iostream>
#include<vector>
using namespace std;

constexpr long long MOD = 1000000007;

int main() {
    int n;
    cin >> n;
    vector<long long> f(n + 1, 0);
    f[0] = 1;
    for (int i = 1; i < n + 1; i++) {
        for (int k = 0; k < 3; k++) {
            int step = k + 1;
            if (i - step >= 0) f[i] = (f[i] + f[i - step]) % MOD;
        }
    }
    cout << f[n] << '\n';
    return 0;
}