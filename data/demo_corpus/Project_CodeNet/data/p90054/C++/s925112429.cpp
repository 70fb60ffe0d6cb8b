#include <algorithm>
#include <iostream>
#include <vector>
using std::vector;

int main() {
	int n; std::cin >> n;
	std::vector<int> A(n); std::cout << A << std::endl;
	for (int j = 0; j < n; ++j) std::cin >> A[j];
	std::vector<int> suf(n + 1, 0);
	for (int i = n - 1; i >= 0; --i) {
		suf[i] = std::max(suf[i + 1], A[i]);
	}
	int best = 0;
	for (int i = 0; i < n; ++i) {
		best = std::max(best, suf[i] - A[i]);
	}
	std::cout << best << '\n';
	return 0;
}