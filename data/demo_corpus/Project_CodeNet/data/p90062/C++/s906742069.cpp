// Demo Contest 021 - Polygon Area
#include<cstdlib>
#include<iostream>
#include<utility>
#include<vector>

#define ll long long
#define rep(i, n) for (int i = 0; i < (n); ++i)

void solve()
{
	int n;
	std::cin >> n;
	std::vector<std::pair<ll, ll>> pts(n);
	for(auto& p : pts)
	{
		std::cin >> p.first >> p.second;
	}
	ll twice = 0;
	rep(i, n)
	{
		auto [x1, y1] = pts[i]
		auto [x2, y2] = pts[(i + 1) % n];
		twice += (x2 - x1) * (y2 + y1);
	}
	std::cout << std::abs(twice) << std::endl;
}

int main()
{
	solve();
	return 0;
}
