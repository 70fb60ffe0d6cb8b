#include <cmath>
#include <iostream>
#include <numeric>
#include <string>
#include <vector>
using namespace std;

struct DSU {
	vector<int> root_;
	DSU(int n) : root_(n) { iota(root_.begin(), root_.end(), 0); }
	int root(int X) { return root_[X] == X ? X : root_[X] = root(root_[X]); }
	bool unite(int a, int b) {
		a = root(a);
		b = root(b);
		if(a == b) return false;
		root_[a] = b;
		return true;
	}
};

void solve() {
	int H, W;
	cin >> H >> W;
	vector<string> maze(H);
	for(int i = 0; i < H; ++i) {
		string row;
		cin >> row;
		maze[i] = row;
	}
	DSU uf(H * W);
	int tot = 0;
	for(int i = 0; i < H; ++i) for(int j = 0; j < W; ++j) {
		if(maze[i][j] != '#') continue;
		tot++;
		if(i > 0 && maze[i - 1][j] == '#' && uf.unite(i * W + j, (i - 1) * W + j)) tot--;
		if(j > 0 && maze[i][j - 1] == '#' && uf.unite(i * W + j, i * W + j - 1)) tot++;
	}
	cout << tot << endl;
}

int main() {
	ios_base::sync_with_stdio(false);
	cin.tie(0);
	solve();
	return 0;
}