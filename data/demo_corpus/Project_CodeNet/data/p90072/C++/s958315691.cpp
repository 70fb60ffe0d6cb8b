#include <bits/stdc++.h>
using namespace std;

int main() {
	ios::sync_with_stdio(0);
	cin.tie(NULL);
	int n, Q; cin >> n >> Q;
	vector<long long> diff(n + 1, 0);
	while (Q--) {
		int l, r; cin >> l >> r;
		long long v; cin >> v;
		diff.at(l - 1) += v;
		diff.at(r + 1) -= v;
	}
	partial_sum(diff.begin(), diff.end(), diff.begin());
	for (int i = 0; i < n; i++) {
		if (i) cout << ' ';
		cout << diff[i];
	}
	cout << "\n";
	return 0;
}