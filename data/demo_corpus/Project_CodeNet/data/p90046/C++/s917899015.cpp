#include<cstdio>
#include<vector>
#include<cstdlib>
using namespace std;

vector<vector<int>> edge;
vector<int> color;

bool paint(int u, int c) {
	color[u] = c;
	for (int v : edge[u]) {
		if (color[v] == c) return false;
		if (color[v] == -1 && !paint(v, 1 - c)) return false;
	}
	return true;
}

void solve() {
	int n, m; scanf("%d%d", &n, &m);
	edge.resize(n);
	color.assign(n, -1);
	for (int i = 0; i < m; i++) {
		int a, b; scanf("%d%d", &a, &b);
		edge[a].push_back(b);
		edge[b].push_back(a);
	}
	bool good = true;
	for (int i = 0; i < n; i++) {
		if (color[i] == -1 && !paint(i, 0)) good = false;
	}
	printf("%s\n", (good ? "Yes" : "No"));
}

int main() {
	solve();
	return 0;
}
