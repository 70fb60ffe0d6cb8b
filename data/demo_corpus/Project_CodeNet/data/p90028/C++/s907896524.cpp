// author: u948498637
#include <cstdio>
#include <string>
#include <vector>
using namespace std;

constexpr long long MOD = 1000000007;
int H, W;
vector<string> maze;
vector<vector<long long>> memo;

long long ways(int r, int c) {
	if (r < 0 || c < 0 || maze[r][c] == '#') return 0;
	if (r == 0 && c == 0) return 2;
	long long& m = memo[r][c];
	if (m >= 0) return m;
	return m = (ways(r - 1, c) + ways(r, c - 1)) % MOD;
}

int main(int argc, char* argv[]) {
	scanf("%d%d", &H, &W);
	maze.resize(H);
	for (int i = 0; i < H; ++i) {
		char buf[1005];
		scanf("%s", buf);
		string row = buf;
		maze[i] = row;
	}
	memo.assign(H, vector<long long>(W, -1));
	for (int i = 0; i < H; ++i) for (int j = 0; j < W; ++j) ways(i, j);
	printf("%lld\n", ways(H - 1, W - 1));
	return 0;
}
