#include <bits/stdc++.h>
using namespace std;

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(nullptr); } } fastio_;

const long long MOD = 1000000007;

long long power(long long a, long long b) {
    if(b == 0) return 1;
    long long half = power(a, b / 2);
    long long res = half * half % MOD;
    if(b % 2 == 1) res = res * a % MOD;
    return res;
}

int main() {
    long long a, b; cin >> a >> b;
    cout << power(a % MOD, b) << endl;
    return 0;
}
