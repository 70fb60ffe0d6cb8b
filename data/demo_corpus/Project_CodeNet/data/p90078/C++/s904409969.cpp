// p90078
#include <bits/stdc++.h>

std::vector<int> h, memo;

int best(int i) {
	if(i == 0) return 0;
	if(memo[i] >= 0) return memo[i];
	int r = best(i - 1) + std::abs(h[i] - h[i - 1]);
	if(i >= 2) r = std::min(r, best(i - 2) + std::abs(h[i] - h[i - 2]));
	return memo[i] = r;
}

int main() {
	int n;
	std::cin >> n;
	h.resize(n);
	for(auto& x : h) std::cin >> x;
	memo.assign(n, -1);
	std::cout << best(n - 1) << '\n';
	return 0;
}
