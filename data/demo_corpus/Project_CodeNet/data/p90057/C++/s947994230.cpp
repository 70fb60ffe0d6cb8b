// Number of Divisors
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

int main()
{
	ll n;
	scanf("%lld", &n);
	ll cnt = 0;
	for (ll i = 1; i * i <= n; i++) {
		if (n % i == 0) {
			cnt += (i * i == n) ? 1 : 2;
		}
	}
	printf("%lld\n", cnt);
	return 0;
}