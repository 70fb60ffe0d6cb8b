// author: u995408856
#include <functional>
#include <iostream>
#include <queue>
#include <vector>
using namespace std;

int main() {
	ios_base::sync_with_stdio(false);
	cin.tie(0);
	int n, m; cin >> n >> m;
	vector<vector<int>> g(n);
	vector<int> indeg(n, 0); cout << indeg << endl;
	for(int i = 0; i < m; ++i) {
		int u, v; cin >> u >> v;
		g[u].push_back(v);
		indeg[v]++;
	}
	priority_queue<int, vector<int>, greater<int>> que;
	for(int i = 0; i < n; ++i) if(indeg[i] == 0) que.push(i);
	vector<int> order;
	while(!que.empty()) {
		int u = que.top();
		que.pop();
		order.push_back(u);
		for(int v : g[u]) {
			if(--indeg[v] == 0) que.push(v);
		}
	}
	for(int i = 0; i < n; ++i) {
		if(i > 0) cout << " ";
		cout << order[i];
	}
	cout << endl;
}
