#include <bits/stdc++.h>

int main() {
	std::ios::sync_with_stdio(false);
	std::cin.tie(0);
	int n, Q;
	std::cin >> n >> Q;
	std::vector<int> root_(n);
	std::iota(root_.begin(), root_.end(), 0);
	std::function<int(int)> find_root = [&](int v) {
		return root_[v] == v ? v : root_[v] = find_root(root_[v]);
	};
	for (int i = 0; i < Q; ++i) {
		int t, a, b;
		std::cin >> t >> a >> b;
		int ra = find_root(a), rb = find_root(b);
		if (t == 0) {
			root_[ra] = rb;
			continue;
		}
		std::cout << (ra == rb) << std::endl;
	}
	return 0;
}