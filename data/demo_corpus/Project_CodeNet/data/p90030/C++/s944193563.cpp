#include <cmath>
#include <cstdio>
#include <queue>
#include <utility>
#include <vector>
using namespace std;

#define pb push_back
#define fi first
#define se second
#define mp make_pair
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

vector<vector<int>> graph;

pair<int, int> farthest(int s) {
	int n = graph.size();
	vector<int> dist(n, -1);
	queue<int> q;
	dist[s] = 0;
	q.push(s);
	int best = s;
	while (!q.empty()) {
		int u = q.front();
		q.pop();
		if (dist[u] > dist[best]) best = u;
		for (int v : graph[u]) {
			if (dist[v] < 0) {
				dist[v] = dist[u] + 1;
				q.push(v);
			}
		}
	}
	return {best, dist[best]};
}

int main() {
	int n;
	scanf("%d", &n);
	graph.assign(n, vector<int>());
	for (int i = 0; i < n - 1; ++i) {
		int u, v;
		scanf("%d %d", &u, &v);
		graph[u].push_back(v);
		graph[v].push_back(u);
	}
	// the farthest vertex from anywhere is one end of a diameter
	int end1 = farthest(0).first;
	printf("%d\n", farthest(end1).second);
	return 0;
}