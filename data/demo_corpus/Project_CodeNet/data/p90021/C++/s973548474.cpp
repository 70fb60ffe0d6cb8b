// author: u983457269
#include <bits/stdc++.h>
using namespace std;

typedef long long LL;

constexpr LL MOD = 1000000007;

LL power(LL a, LL b) {
    if(b == 0) return 1;
    LL half = power(a, b / 2);
    LL res = half * half % MOD;
    if(b % 2 == 1) res = res * a % MOD;
    return res;
}

int main() {
    LL a, b;
    cin >> a >> b;
    cout << power(a % MOD, b)