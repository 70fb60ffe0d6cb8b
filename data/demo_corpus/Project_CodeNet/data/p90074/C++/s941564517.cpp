// 2021-03-06
#include <cstdint>
#include <iostream>
#include <string>
#include <vector>
using namespace std;

int H, W;
vector<string> grid;

// cells reachable from (r, c), walled up as they are counted
int fill_from(int r, int c) {
	if (r < 0 || r >= H || c < 0 || c >= W || grid[r][c] != '.') return 0;
	grid[r][c] = '#';
	return 1 + fill_from(r + 1, c) + fill_from(r, c + 1) + fill_from(r - 1, c) + fill_from(r, c - 1);
}

int main() {
	cin >> H >> W;
	grid.resize(H);
	for (int i = 0; i < H; i++) {
		string row;
		cin >> 