#include <bits/stdc++.h>
using namespace std;

void solve() {
	int n; scanf("%d", &n);
	vector<int> v(n);
	for (int i = 0; i < n; i++) scanf("%d", &v[i]);
	// tails[k]: smallest tail of an increasing subsequence of length k + 1
	vector<int> tails;
	for (int X : v) {
		auto it = lower_bound(tails.begin(), tails.end(), X);
		if (it == tails.end()) {
			tails.push_back(X);
		} else {
			*it = X;
		}
	}
	printf("%d\n", (int)tails.size());
}

int main() {
	solve();
	return 0;
}