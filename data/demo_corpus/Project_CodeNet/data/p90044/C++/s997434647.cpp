#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define fi first
#define se second
using P = pair<int, int>;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

void solve() {
	int n, k;
	cin >> n >> k;
	// J(1) = 0, J(m) = (J(m - 1) + k) mod m, 0-indexed
	int pos = 0;
	for (int m = 2; m <= n; m++) {
		pos = (pos + k) % m;
	}
	cout << pos + 1 << '\n';
}

int main() {
	ios_base::sync_with_stdio(false);
	cin.tie(NULL);
	solve();
	return 0;
}
