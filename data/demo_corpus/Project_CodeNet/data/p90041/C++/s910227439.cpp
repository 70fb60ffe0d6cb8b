// p90041
#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
template <class T, class U> bool chmin(T& a, const U& b) { if (a > b) { a = b; return true; } return false; }

int main() {
	int n, k;
	cin >> n >> k;
	vector<ll> cum(n + 1, 0);
	rep(i, n) {
		ll x;
		cin >> x;
		cum[i + 1] = cum[i] + x;
	}
	const ll INF = 1LL << 62;
	vector<vector<ll>> f(k + 1, vector<ll>(n + 1, INF));
	f[0][0] = 0;
	for (int j = 1; j <= k; j++) {
		for (int i = 1; i <= n; i++) {
			rep(p, i) {
				if (f[j - 1][p] == INF) continue;
				chmin(f[j][i], max(f[j - 1][p], cum[i] - cum[p]));
			}
		}
	}
	cout << f[k][n] << endl;
	return 0;
}
