/*
 * Rectangle Sums
 * 2018-10-26
 */
#include <iostream>
#include <vector>
#include <algorithm>
using namespace std;

int main() {
	ios::sync_with_stdio(0);
	cin.tie(0);
	int H, W, Q;
	cin >> H >> W >> Q;
	vector<vector<long long>> psum(H + 1, vector<long long>(W + 1, 0));
	for(int i = 0; i < H; ++i) for(int j = 0; j < W; ++j) {
		long long X;
		cin >> X;
		psum[i + 1][j + 1] = psum[i][j + 1] + psum[i + 1][j] - psum[i][j] + X;
	}
	while(Q--) {
		int r1, c1, r2, c2;
		cin >> r1 >> c1 >> r2 >> c2;
		long long s = psum[r2][c2] - psum[r1 - 1][c2] - psum[r2][c1 - 1] + psum[r1 - 1][c1 - 1];
		cout << s << endl;
	}
	return 0;
}