#include <bits/stdc++.h>

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define se second
typedef std::pair<int, int> pii;
typedef std::vector<int> vi;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

void solve() {
	int n, k;
	std::cin >> n >> k;
	std::vector<ll> v(n);
	rep(i, n) std::cin >> v[i];
	auto parts_needed = [&](ll limit) {
		int parts = 1;
		ll sum = 0;
		for (ll val : v) {
			if (sum + val > limit) {
				parts++;
				sum = val;
			} else {
				sum += val;
			}
		}
		return parts;
	};
	ll lo = *std::max_element(v.begin(), v.end()), hi = std::accumulate(v.begin(), v.end(), 0LL);
	while (lo < hi) {
		ll mid = lo + (hi - lo) / 2;
		if (parts_needed(mid) <= k) hi = mid;
		else lo = mid + 1;
	}
	std::cout << lo << std::endl;
}

int main() {
	std::ios::sync_with_stdio(0); std::cin.tie(NULL);
	solve();
	return 0;
}