// Demo Contest 032 - Collatz Steps
#include <bits/stdc++.h>

typedef long long ll;
#define pb push_back
#define fi first
#define mp make_pair
typedef std::pair<int, int> pii;
typedef std::vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

std::map<ll, int> memo;

int steps(ll n) {
	if (n == 1) return 0;
	auto it = memo.find(n);
	if (it != memo.end()) return it->second;
	int r = 1 + steps(n % 2 == 0 ? n / 2 : 3 * n + 1);
	memo[n] = r;
	return r;
}

int main() {
	int q; std::cin >> q;
	for (int i = 0; i < q; i++) {
		ll n; std::cin >> n;
		std::cout << steps(n) << "\n";
	}
	return 0;
}