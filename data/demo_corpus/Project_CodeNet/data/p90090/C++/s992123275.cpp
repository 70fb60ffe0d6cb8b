#include <iostream>
#include <string>
#include <vector>
using namespace std;

void solve() {
	int H, W;
	cin >> H >> W;
	vector<string> g(H);
	for (int i = 0; i < H; ++i) {
		string row;
		cin >> row;
		g[i] = row;
	}
	for (int i = 0; i < H; ++i) {
		for (int j = 0; j < W; ++j) {
			if (g[i][j] == '*') continue;
			int counter = 0;
			for (int di = -1; di <= 1; di++) {
				for (int dj = -1; dj <= 1; dj++) {
					int r = i + di, c = j + dj;
					if (r >= 0 && r < H && c >= 0 && c < W && g[r][c] == '*') counter++;
				}
			}
			// digits written so far are not mines, so counting in place is fine
			g[i][j] = '0' + counter;
		}
	}
	for (int i = 0; i < H; ++i) {
		cout << g[i] << '\n';
	}
}

int main() {
	solve();
	return 0;
}
