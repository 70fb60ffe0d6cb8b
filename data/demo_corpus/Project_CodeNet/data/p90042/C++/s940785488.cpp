/*
 * Rectangle Sums
 * 2019-04-09
 */
#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(nullptr); } } fastio_;

int main() {
	int H, W, Q; cin >> H >> W >> Q;
	vector<vector<ll>> g(H, vector<ll>(W));
	for(int i = 0; i < H; ++i) for(int j = 0; j < W; ++j) {
		cin >> g[i][j];
	}
	for(int k = 0; k < Q; ++k) {
		int r1, c1, r2, c2; cin >> r1 >> c1 >> r2 >> c2;
		ll acc = 0;
		for(int i = r1 - 1; i < r2; ++i) for(int j = c1 - 1; j < c2; ++j) acc += g[i][j];
		cout << acc << '\n';
	}
	return 0;
}
