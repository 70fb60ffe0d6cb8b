#include <bits/stdc++.h>

using ll = long long;
#define rep(i, n) for (int i = 0; i < (n); ++i)
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

int main() {
	int n, m;
	scanf("%d%d", &n, &m);
	std::vector<std::vector<int>> adj(n);
	rep(i, m) {
		int a, b;
		scanf("%d%d", &a, &b);
		a--;
		b--;
		adj[a].push_back(b);
		adj[b].push_back(a);
	}
	// the visiting order doubles as the queue
	std::vector<int> d(n, -1), order;
	order.push_back(0);
	d[0] = 0;
	for(size_t h = 0; h < order.size(); h++) {
		int u = order[h];
		for(int w : adj[u]) {
			if(d[w] < 0) {
				d[w] = d[u] + 1;
				order.push_back(w);
			}
		}
	}
	rep(i, n) {
		printf("%d\n", d[i]);
	}
}