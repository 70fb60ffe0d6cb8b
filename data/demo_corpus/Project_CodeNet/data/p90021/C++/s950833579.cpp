#include <iostream>
#include <cstdint>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(NULL); } } fastio_;

const int64_t MOD = 1000000007;

int64_t modpow(int64_t base, int64_t e) {
	int64_t result = 1;
	base %= MOD;
	while (e > 0) {
		if (e & 1) result = result * base % MOD;
		base = base * base % MOD;
		e >>= 1;
	}
	return result;
}

int main() {
	int64_t a, b; cin >> a >> b;
	cout << modpow(a, b) << '\n';
	return 0;
}