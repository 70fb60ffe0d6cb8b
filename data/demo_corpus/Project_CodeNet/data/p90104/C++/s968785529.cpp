#include <iostream>
#include <cstdlib>
#include <utility>
#include <vector>

#define ll long long
#define pb push_back
#define se second
#define mp make_pair
using P = std::pair<int, int>;
typedef std::vector<int> vi;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

ll euclid(ll a, ll b)
{
	while (b != 0)
	{
		ll t = a % b;
		a = b;
		b = t;
	}
	return a;
}

void solve()
{
	ll x1, y1, x2, y2;
	std::cin >> x1 >> y1 >> x2 >> y2;
	ll dx = std::abs(x2 - x1);
	ll dy = std::abs(y2 - y1);
	std::cout << euclid(dx, dy) + 1 << std::endl;
}

int main()
{
	std::ios::sync_with_stdio(false);
	std::cin.tie(NULL);
	solve();
	return 0;
}