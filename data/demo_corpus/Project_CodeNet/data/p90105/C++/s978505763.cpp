// Number Triangle
#include<algorithm>
#include<cstdio>
#include<vector>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (n); ++i)
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
	int n; scanf("%d", &n);
	vector<vector<int>> t(n);
	rep(i, n) {
		t[i].resize(i + 1);
		rep(j, i + 1) {
			scanf("%d", &t[i][j]);
		}
	}
	// from the bottom up: each cell takes the better path below it
	for (int i = n - 2; i >= 0; i--) {
		rep(j, i + 1) {
			t[i][j] += max(t[i + 1][j], t[i + 1][j + 1]);
		}
	}
	printf("%d\n", t[0][0]);
	return 0;
}
