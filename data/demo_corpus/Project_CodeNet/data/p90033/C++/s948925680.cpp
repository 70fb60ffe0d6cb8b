#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define rrep(i, n) for (int i = (n) - 1; i >= 0; i--)
#define pb push_back
#define mp make_pair
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }
#define endl '\n'

int main() {
	int n; scanf("%d", &n);
	vector<int> arr(n), ans(n, -1);
	rep(j, n) scanf("%d", &arr[j]);
	stack<int> stack_;  // candidates to the right, decreasing from bottom to top
	rrep(i, n) {
		while (!stack_.empty() && stack_.top() < arr[i]) stack_.pop();
		if (!stack_.empty()) ans[i] = stack_.top();
		stack_.push(arr[i]);
	}
	rep(i, n) {
		if (i) putchar(' ');
		printf("%d", ans[i]);
	}
	printf("\n");
	return 0;
}
