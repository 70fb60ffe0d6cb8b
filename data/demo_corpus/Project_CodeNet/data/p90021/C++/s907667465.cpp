// 2016-04-29
#include <iostream>
using namespace std;

typedef long long ll;

const ll MOD = 1000000007;

ll power(ll a, ll b) {
	if (b == 0) return 1;
	ll half = power(a, b / 2);
	ll res = half * half % MOD;
	if (b % 2 == 1) res = res * a % MOD;
	return res;
}

void solve() {
	ll a, b;
	cin >> a >> b;
	cout << power(a % MOD, b) << '\n';
}

int main() {
	solve();
	return 0;
}