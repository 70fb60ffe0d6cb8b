// Demo Contest 025 - Largest Room
#include <cstdio>
#include <string>
#include <vector>
using namespace std;

int H, W;
vector<string> field;

int fill_from(int r, int c)
{
	if (r < 0 || r >= H || c < 0 || c >= W || field[r][c] != '.') return 0;
	field[r][c] = '#';
	return 1 + fill_from(r + 1, c) + fill_from(r, c + 1) + fill_from(r - 1, c) + fill_from(r, c - 1);
}

int main()
{
	scanf("%d %d", &H, &W);
	field.resize(H);
	for (int i = 0; i < H; ++i) {
		char buf[200005];
		scanf("%s", buf);
		string row = buf;
		field[i] = row;
	}
	int best = 0;
	for (int i = 0; i < H; ++i) for (int j = 0; j < W; ++j) {
		int got = fill_from(i, j);
		if (best < got) best = got;
	}
	printf("%d\n", best);
	return 0;
}