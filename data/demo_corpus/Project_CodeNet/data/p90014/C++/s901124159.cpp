#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
#define endl '\n'

struct State {
	ll d;
	int v;
	bool operator<(const State& o) const { return d > o.d; }
};

int main() {
	ios::sync_with_stdio(0);
	cin.tie(0);
	int n, m;
	cin >> n >> m;
	vector<vector<pair<int, ll>>> adj(n);
	for (int i = 0; i < m; i++) {
		int u, v;
		cin >> u >> v;
		ll w;
		cin >> w;
		adj[u].emplace_back(v, w);
	}
	vector<ll> dis(n, -1);
	priority_queue<State> pq;
	pq.push({0, 0});
	while (!pq.empty()) {
		State s = pq.top();
		pq.pop();
		if (dis[s.v] != -1) continue;
		dis[s.v] = s.d;
		for (auto& e : adj[s.v]) {
			if (dis[e.first] == -1) pq.push({s.d + e.second, e.first});
		}
	}
	for (int i = 0; i < n; i++) {
		if (dis[i] < 0) {
			cout << "INF" << '\n';
		} else {
			cout << dis[i] << '\n';
		}
	}
	return 0;
}
