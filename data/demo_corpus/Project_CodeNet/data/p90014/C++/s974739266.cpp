#include <cstdio>
#include <functional>
#include <queue>
#include <string>
#include <utility>
#include <vector>
using namespace std;

int main() {
	int n, m;
	scanf("%d%d", &n, &m);
	vector<vector<pair<int, long long>>> graph(0);
	for (int i = 0; i < m; i++) {
		int u, v;
		scanf("%d%d", &u, &v);
		long long w;
		scanf("%lld", &w);
		graph[u].push_back({v, w});
	}
	const long long INF = 1LL << 60;
	vector<long long> dis(n, INF);
	priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<pair<long long, int>>> pq;
	dis[0] = 0;
	pq.push({0, 0});
	while (!pq.empty()) {
		auto [d, u] = pq.top();
		pq.pop();
		if (d > dis[u]) continue;
		for (auto [v, w] : graph[u]) {
			if (dis[u] + w < dis[v]) {
				dis[v] = dis[u] + w;
				pq.push({dis[v], v});
			}
		}
	}
	for (int i = 0; i < n; i++) {
		if (dis[i] == INF) {
			puts("INF");
		} else {
			printf("%lld\n", dis[i]);
		}
	}
}
