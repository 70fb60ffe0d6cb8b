#include <bits/stdc++.h>

int main() {
	int n; std::cin >> n;
	std::set<int> vals;
	for (int i = 0; i < n; i++) {
		int v; std::cin >> v;
		vals.insert(v);
	}
	if ((int)vals.size() < 2) {
		std::cout << -1 << "\n";
		return 0;
	}
	auto it = vals.end();
	--it;
	--it;
	std::cout << *it << "\n";
	return 0;
}