#include <iostream>
#include <algorithm>
#include <vector>
#include <utility>

int main() {
	int n; std::cin >> n;
	std::vector<std::pair<int, int>> ev;
	for(int i = 0; i < n; ++i) {
		int s, e; std::cin >> s >> e;
		ev.push_back(std::make_pair(s, 1));
		ev.push_back(std::make_pair(e, -1));
	}
	// at equal times -1 sorts first: whoever leaves at t is gone when others arrive at t
	std::sort(ev.begin(), ev.end());
	int tmp = 0, best = 0;
	for(auto& p : ev) {
		tmp += p.second;
		best = std::max(best, tmp);
	}
	std::cout << best << std::endl;
	return 0;
}