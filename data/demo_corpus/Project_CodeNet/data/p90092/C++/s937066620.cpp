#include <bits/stdc++.h>
using std::cin;

#define ll long long
#define fi first
using P = std::pair<int, int>;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

void solve()
{
	ll n;
	std::cin >> n;
	ll phi = n;
	for (ll p = 2; p * p <= n; p++) {
		if (n % p != 0) continue;
		while (n % p == 0) n /= p;
		phi -= phi / p;
	}
	if (n > 1) phi -= phi / n;
	std::cout << phi << "\n";
}

int main()
{
	std::ios_base::sync_with_stdio(false); std::cin.tie(nullptr);
	solve();
	return 0;
}
