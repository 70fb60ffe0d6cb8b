#include <bits/stdc++.h>
using namespace std;

int main() {
	int n, q;
	scanf("%d%d", &n, &q);
	// pre[i] = a1 ^ ... ^ ai; x ^ x = 0 cancels the common prefix
	vector<int> cum(n + 1, 0);
	for(int i = 0; i < n; i++) {
		int val;
		scanf("%d", &val);
		cum[i + 1] = cum[i] ^ val;
	}
	while(q--) {
		int l, r;
		scanf("%d%d", &l, &r);
		printf("%d\n", cum[r] ^ cum[l - 1]);
	}
	return 0;
}