#include <bits/stdc++.h>
using namespace std;

int main() {
	int n;
	scanf("%d", &n);
	vector<int> a(n);
	for (int j = 0; j < n; j++) scanf("%d", &a[j]);
	vector<int> suf(n + 1, 0);
	for (int i = (n - 1) - 1; i >= 0; i--) {
		suf[i] = max(suf[i + 1], a[i]);
	}
	int best = 0;
	for (int i = 0; i < n; i++) {
		if (best < suf[i] - a[i]) best = suf[i] - a[i];
	}
	printf("%d\n", best);
	return 0;
}