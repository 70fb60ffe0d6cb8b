// p90058
#include <iostream>
using namespace std;

long long divisor_sum(long long n) {
	if (n == 1) return 0;
	long long s = 1;
	for (long long d = 2; d * d <= n; d++) {
		if (n % d == 0) {
			s += d;
			if (d != n / d) s += n / d;
		}
	}
	return s;
}

void solve() {
	int q; cin >> q;
	while (q--) {
		long long n; cin >> n;
		long long s = divisor_sum(n);
		if (s == n) {
			cout << "perfect" << endl;
		} else if (s < n) {
			cout << "deficient" << endl;
		} else {
			cout << "abundant" << endl;
		}
	}
}

int main() {
	ios::sync_with_stdio(false);
	solve();
	return 0;
}
