#include <iostream>
#include <vector>
#include <queue>
#include <utility>

void solve() {
	int n;
	std::cin >> n;
	int sx, sy, tx, ty;
	std::cin >> sx >> sy >> tx >> ty;
	std::vector<std::vector<int>> D(n + 1, std::vector<int>(n + 1, -1));
	const int mr[8] = {1, 2, 2, 1, -1, -2, -2, -1};
	const int mc[8] = {2, 1, -1, -2, -2, -1, 1, 2};
	std::queue<std::pair<int, int>> que;
	D[sx][sy] = 0;
	que.push({sx, sy});
	while(!que.empty()) {
		auto [r, c] = que.front();
		que.pop();
		for(int k = 0; k < 8; k++) {
			int nr = r + mr[k], nc = c + mc[k];
			if(nr < 1 || nr > n || nc < 1 || nc > n) continue;
			if(D[nr][nc] != -1) continue;
			D[nr][nc] = D[r][c] + 1;
			que.push({nr, nc});
		}
	}
	std::cout << D[tx][ty] << std::endl;
}

int main() {
	solve();
	return 0;
}
