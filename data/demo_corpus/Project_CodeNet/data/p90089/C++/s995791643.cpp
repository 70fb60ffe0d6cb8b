#include <iostream>
#include <string>
using namespace std;

char grid[105][105];

int main() {
	int H, W;
	cin >> H >> W;
	for (int i = 0; i < H; i++) {
		string s;
		cin >> s;
		for (int j = 0; j < W; j++) grid[i][j] = s[j];
	}
	for (int j = 0; j < W; j++) {
		for (int k = 0; k < H; k++) {
			cout << grid[H - 1 - k][j];
		}
		cout << endl;
	}
	return 0;
}
