#include <cstdio>
#include <vector>
#include <stack>
#include <algorithm>
#include <utility>

typedef long long ll;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define se second
typedef std::pair<int, int> pii;
typedef std::vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
	int n;
	scanf("%d", &n);
	std::vector<std::vector<int>> g(n);
	REP(i, n - 1) {
		int a, b;
		scanf("%d%d", &a, &b);
		g[a].push_back(b);
		g[b].push_back(a);
	}
	// iterative DFS order, then depths bottom-up
	std::vector<int> root_(n, -1), order;
	std::stack<int> stk;
	stk.push(0);
	root_[0] = 0;
	while (!stk.empty()) {
		int u = stk.top();
		stk.pop();
		order.push_back(u);
		for (int v : g[u]) {
			if (root_[v] == -1) {
				root_[v] = u;
				stk.push(v);
			}
		}
	}
	std::vector<int> down(n, 0);
	int ret = 0;
	for (int k = n - 1; k >= 0; k--) {
		int u = order[k];
		int top1 = 0, top2 = 0;
		for (int v : g[u]) {
			if (v == root_[u]) continue;
			int d = down[v] + 1;
			if (d > top1) {
				top2 = top1;
				top1 = d;
			} else if (d > top2) {
				top2 = d;
			}
		}
		down[u] = top1;
		ret = std::max(ret, top1 + top2);
	}
	printf("%d\n", ret);
	return 0;
}
