// 2023-06-06
#include <bits/stdc++.h>

typedef long long ll;
#define fi first
#define se second
typedef std::vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

struct FastIO { FastIO() { std::ios::sync_with_stdio(false); std::cin.tie(nullptr); } } fastio_;

int main() {
	std::map<char, std::function<ll(ll, ll)>> ops;
	ops['+'] = [](ll x, ll y) { return x + y; };
	ops['-'] = [](ll x, ll y) { return x - y; };
	ops['*'] = [](ll x, ll y) { return x * y; };
	ops['/'] = [](ll x, ll y) { return x / y; };
	int qu;
	std::cin >> qu;
	while (qu--) {
		ll a;
		std::cin >> a;
		char c;
		std::cin >> c;
		ll b;
		std::cin >> b;
		std::cout << ops[c](a, b) << '\n';
	}
	return 0;
}
