// Demo Contest 006 - Short Subarrays
#include <bits/stdc++.h>
using namespace std;

void solve() {
	int n; scanf("%d", &n);
	long long k; scanf("%lld", &k);
	vector<long long> arr(n);
	for (int i = 0; i < n; i++) scanf("%lld", &arr[i]);
	long long ans = 0, total = 0;
	int left = 0;
	// window [left, right] with sum <= k
	for (int right = 0; right < n; right++) {
		total += arr[right];
		while (left <= right && total > k) {
			total -= arr[left];
			left++;
		}
		ans += right - left + 1;
	}
	printf("%lld\n", ans);
}

int main() {
	solve();
	return 0;
}
