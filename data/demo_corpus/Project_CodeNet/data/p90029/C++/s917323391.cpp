/*
 * Demo Contest 010 - Topological Order
 * 2017-12-05
 */
#include <bits/stdc++.h>
using namespace std;

#define rep(i,n) for(int i=0;i<(n);++i)

int main(void) {
	ios_base::sync_with_stdio(false);
	cin.tie(NULL);
	int n, m; cin >> n >> m;
	vector<vector<int>> graph(n);
	vector<int> indeg(n);
	rep(i, m) {
		int u, v; cin >> u >> v;
		graph[u].push_back(v);
		indeg[v]++;
	}
	set<int> ready;
	rep(i, n) {
		if (!indeg[i]) ready.insert(i);
	}
	bool first = true;
	while (!ready.empty()) {
		int u = *ready.rbegin();
		ready.erase(u);
		if (!first) {
			cout << " ";
		}
		first = false;
		cout << u;
		for (int v : graph[u]) {
			indeg[v]--;
			if (indeg[v] == 0) ready.insert(v);
		}
	}
	cout << endl;
	return 0;
}