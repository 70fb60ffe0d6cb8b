#include <bits/stdc++.h>
using namespace std;

void solve() {
	int n, qu;
	scanf("%d%d", &n, &qu);
	vector<long long> cum(n + 1, 0);
	for (int i = 0; i < n; ++i) {
		long long val;
		scanf("%lld", &val);
		cum[i + 1] = cum[i] + val;
	}
	while (qu--) {
		int l, r;
		scanf("%d%d", &l, &r);
		printf("%lld\n", cum[r] - cum[l - 1]);
	}
}

int main() {
	solve();
	return 0;
}