#include <string>
#include <iostream>
#include <vector>
using namespace std;

int main() {
	int H, W; cin >> H >> W;
	vector<string> g(H);
	for (int i = 0; i < H; i++) {
		string row; cin >> row;
		g[i] = row;
	}
	for (int i = 0; i < H; i++) {
		for (int j = 0; j < W; j++) {
			if (g[i][j] == '*') continue;
			int cnt = 0;
			for (int di = -1; di <= 1; di++) {
				for (int dj = -1; dj <= 1; dj++) {
					int r = i + di, c = j + dj;
					if (r >= 0 && r < H && c >= 0 && c < W && g[r][c] == '*') cnt++;
				}
			}
			// digits written so far are not mines, so counting in place is fine
			g[i][j] = '0' + cnt;
		}
	}
	for (int i = 0; i < H; i++) {
		cout << g[i] << endl;
	}
	return 0;
}
