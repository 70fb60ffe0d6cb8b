// 2021-02-02
#include <iostream>
#include <map>
#include <cstdint>
using std::cin;

struct FastIO { FastIO() { std::ios::sync_with_stdio(false); std::cin.tie(NULL); } } fastio_;

void solve() {
	int n;
	std::cin >> n;
	int64_t k;
	std::cin >> k;
	std::map<int64_t, int> seen;
	int64_t answer = 0;
	for (int i = 0; i < n; i++) {
		int64_t val;
		std::cin >> val;
		auto it = seen.find(k - val);
		if (it != seen.end()) answer += it->second;
		seen[val]++;
	}
	std::cout << answer << "\n";
}

int main() {
	solve();
	return 0;
