#include <iostream>
#include <vector>
#include <queue>
#include <utility>
using namespace std;

void solve()
{
	int n; cin >> n;
	int sx, sy, tx, ty; cin >> sx >> sy >> tx >> ty;
	vector<vector<int>> dis(n + 1, vector<int>(n + 1, -1));
	const int mr[8] = {1, 2, 2, 1, -1, -2, -2, -1};
	const int mc[8] = {2, 1, -1, -2, -2, -1, 1, 2};
	queue<pair<int, int>> que;
	dis[sx][sy] = 0;
	que.push({sx, sy});
	while (!que.empty()) {
		auto [r, c] = que.front();
		que.pop();
		for (int k = 0; k < 8; k++