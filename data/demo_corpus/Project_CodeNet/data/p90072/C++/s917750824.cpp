/*
 * Range Increments
 * 2021-01-02
 */
#include <cstdio>
#include <vector>
using namespace std;

typedef long long ll;

int main()
{
	int n, qu;
	scanf("%d %d", &n, &qu);
	vector<ll> d(n + 2, 0);
	for (int k = 0; k < qu; k++) {
		int l, r;
		scanf("%d %d", &l, &r);
		ll x;
		scanf("%lld", &x);
		d[l] += x;
		d[r + 1] -= x;
	}
	ll now = 0;
	for (int i = 1; i < n + 1; i++) {
		now += d[i];
		if (i - 1) putchar(' ');
		printf("%lld", now);
	}
	puts("");
	return 0;
}
