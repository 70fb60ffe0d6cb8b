/*
 * Minesweeper
 * 2022-01-16
 */
#include <algorithm>
#include <cmath>
#include <iostream>
#include <string>
using namespace std;

char mine[102][102];

void solve() {
	int H, W;
	cin >> H >> W;
	for (int i = 0; i < H; i++) {
		string s;
		cin >> s;
		for (int j = 0; j < W; j++) mine[i + 1][j + 1] = s[j];
	}
	const int d8[8][2] = {{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}};
	for (int i = 1; i < H + 1; i++) {
		for (int j = 1; j < W + 1; j++) {
			if (mine[i][j] == '*') {
				cout << '*';
				continue;
			}
			int n = 0;
			for (auto& d : d8) n += mine[i + d[0]][j + d[1]] == '*';
			cout << n;
		}
		cout << endl;
	}
}

int main() {
	ios::sync_with_stdio(false); cin.tie(nullptr);
	solve();
	return 0;
}