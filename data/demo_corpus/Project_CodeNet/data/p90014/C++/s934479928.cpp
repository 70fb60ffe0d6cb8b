/*
 * Demo Contest 005 - Shortest Paths
 * 2015-06-11
 */
#include<cstdio>
#include<vector>
#include<set>
#include<utility>
using namespace std;

typedef long long ll;
#define pb push_back
#define se second
#define mp make_pair
using P = pair<int, int>;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

struct Edge {
	int to;
	ll cost;
};

int main(void) {
	int n, m; scanf("%d%d", &n, &m);
	vector<vector<Edge>> G(n);
	for (int i = 0; i < m; ++i) {
		int u, v; scanf("%d%d", &u, &v);
		ll w; scanf("%lld", &w);
		G[u].push_back({v, w});
	}
	vector<ll> D(n, -1);
	set<pair<ll, int>> todo;
	D[0] = 0;
	todo.insert({0, 0});
	while (!todo.empty()) {
		int u = todo.begin()->second;
		todo.erase(todo.begin());
		for (const Edge& e : G[u]) {
			ll nd = D[u] + e.cost;
			if (D[e.to] == -1 || nd < D[e.to]) {
				if (D[e.to] != -1) todo.erase({D[e.to], e.to});
				D[e.to] = nd;
				todo.insert({nd, e.to});
			}
		}
	}
	for (int i = 0; i < n; ++i) {
		if (D[i] < 0) {
			printf("INF\n");
		} else {
			printf("%lld\n", D[i]);
		}
	}
}