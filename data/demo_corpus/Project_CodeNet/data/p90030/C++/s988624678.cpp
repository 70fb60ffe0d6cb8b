#include<cstdio>
#include<vector>
#include<stack>
#include<algorithm>

int main() {
	int n;
	scanf("%d", &n);
	std::vector<std::vector<int>> G(n);
	for(int i = 0; i < n - 1; ++i) {
		int a, b;
		scanf("%d%d", &a, &b);
		G[a].push_back(b);
		G[b].push_back(a);
	}
	std::vector<int> par(n, -1), order;
	std::stack<int> st;
	st.push(0);
	par[0] = 0;
	while(!st.empty()) {
		int u = st.top();
		st.pop();
		order.push_back(u);
		for(int v : G[u]) {
			if(par[v] == -1) {
				par[v] = u;
				st.push(v);
			}
		}
	}
	std::vector<int> down(n, 0);
	int ans = 0;
	for(int k = n - 1; k >= 0; k--) {
		int u = order[k];
		int top1 = 0, top2 = 0;
		for(int v : G[u]) {
			if(v == par[u]) continue;
			int d = down[v] + 1;
			if(d > top1) {
				top2 = top1;
				top1 = d;
			} else if(d > top2) {
				top2 = d;
			}
		}
		down[u] = top1;
		ans = std::max(ans, top1 + top2);
	}
	printf("%d\n", ans);
	return 0;
}