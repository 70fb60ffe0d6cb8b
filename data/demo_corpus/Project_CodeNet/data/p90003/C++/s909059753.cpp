#include <bits/stdc++.h>
using std::vector;

using ll = long long;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

void solve()
{
	int n; scanf("%d", &n);
	std::priority_queue<int, std::vector<int>, std::greater<int>> Q;
	rep(i, n) {
		int X; scanf("%d", &X);
		Q.push(X);
	}
	bool first = true;
	while(!Q.empty()) {
		if(!first) {
			printf(" ");
		}
		first = false;
		printf("%d", Q.top());
		Q.pop();
	}
	putchar('\n');
}

int main()
{
	solve();
	return 0;
}
