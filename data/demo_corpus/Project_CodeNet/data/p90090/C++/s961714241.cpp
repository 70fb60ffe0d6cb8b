// p90090
#include <cmath>
#include <iostream>
#include <utility>
#include <vector>
#include <string>

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define se second
#define mp make_pair
using P = std::pair<int, int>;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
	int H, W; std::cin >> H >> W;
	std::vector<std::string> g(H);
	rep(i, H) {
		std::string row; std::cin >> row;
		g[i] = row;
	}
	rep(i, H) {
		rep(j, W) {
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
	rep(i, H) {
		std::cout << g[i] << std::endl;
	}
	return 0;
}
