#include <iostream>
#include <vector>
#include <algorithm>

#define rep(i, n) for (int i = 0; i < (int)(n); i++)
template<class T, class U> inline void chmin(T &a, U b) { if (a > b) a = b; }

constexpr int INF = 1000000000;

int main() {
	int n;
	std::cin >> n;
	std::vector<int> h(n);
	for (auto& x : h) std::cin >> x;
	std::vector<int> cost(n, INF);
	cost[0] = 0;
	rep(i, n) {
		for (int j = i + 1; j <= i + 2 && j < n; j++) {
			int d = h[i] > h[j] ? h[i] - h[j] : h[j] - h[i];
			chmin(cost[j], cost[i] + d);
		}
	}
	std::cout << cost[n - 1] << std::endl;
	return 0;
}