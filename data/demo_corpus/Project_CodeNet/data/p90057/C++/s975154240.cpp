#include <cstdio>

typedef long long ll;

signed main() {
	ll n; scanf("%lld", &n);
	ll res = 1;
	for (ll p = 2; p * p <= n; p++) {
		int e = 0;
		while (n % p == 0) {
			n /= p;
			e++;
		}
		res *= e + 1;
	}
	if (n > 1) res *= 2;
	printf("%lld\n", res);
	return 0;
}