// Demo Contest 009 - Maximum Subarray
#include<bits/stdc++.h>

int main(void) {
	int n; std::cin >> n;
	std::vector<long long> arr(n);
	for(auto& x : arr) std::cin >> x;
	long long best = arr[0], t = 0;
	for(int i = 0; i < n; i++) {
		// extend the current run or start again at i
		t = std::max(t + arr[i], arr[i]);
		best = std::max(best, t);
	}
	std::cout << best << '\n';
	return 0;
}
