// author: u948066921
#include <iostream>
#include <vector>

int main()
{
	std::ios_base::sync_with_stdio(false);
	std::cin.tie(nullptr);
	int H, W, Q;
	std::cin >> H >> W >> Q;
	std::vector<std::vector<long long>> prefix(H + 1, std::vector<long long>(W + 1, 0));
	for (int i = 0; i < H; ++i) for (int j = 0; j < W; ++j) {
		long long v;
		std::cin >> v;
		prefix[i + 1][j + 1] = prefix[i][j + 1] + prefix[i + 1][j] - prefix[i][j] + v;
	}
	while (Q--) {
		int r1, c1, r2, c2;
		std::cin >> r1 >> c1 >> r2 >> c2;
		long long s = prefix[r2][c2] - prefix[r1 - 1][c2] - prefix[r2][c1 - 1] + prefix[r1 - 1][c1 - 1];
		std::cout << s << std::endl;
	}
	return 0;
}