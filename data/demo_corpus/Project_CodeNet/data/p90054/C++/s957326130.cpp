#include <bits/stdc++.h>
using namespace std;

void solve() {
	int n;
	cin >> n;
	vector<int> arr(n);
	for (auto& x : arr) cin >> x;
	vector<int> suf(n + 1, 0);
	for (int i = n - 1; i >= 0; i--) {
		suf[i] = max(suf[i + 1], arr[i]);
	}
	int best = 0;
	for (int i = 0; i < n; i++) {
		if (best < suf[i] - arr[i]) best = suf[i] - arr[i];
	}
	cout << best << endl;
}

int main() {
	solve();
	return 0;
}
