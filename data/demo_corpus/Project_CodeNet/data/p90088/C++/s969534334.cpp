// author: u948066921
#include<bits/stdc++.h>
using namespace std;

#define fi first
const int INF = 1e9;

void solve() {
	int n;
	scanf("%d", &n);
	vector<vector<int>> A(n, vector<int>(n, 0));
	int dr[4] = {0, 1, 0, -1}, dc[4] = {1, 0, -1, 0};
	int r = 0, c = 0, d = 0;
	for (int k = 1; k < n * n + 1; k++) {
		A[r][c] = k;
		int nr = r + dr[d], nc = c + dc[d];
		if (nr < 0 || nr >= n || nc < 0 || nc >= n || A[nr][nc] != 0) {
			d = (d + 1) % 4;
			nr = r + dr[d];
			nc = c + dc[d];
		}
		r = nr;
		c = nc;
	}
	for (int i = 0; i < n; i++) {
		for (int j = 0; j < n; j++) {
			if (j) putchar(' ');
			printf("%d", A[i][j]);
		}
		printf("\n");
	}
}

int main(void) {
	solve();
	return 0;
}
