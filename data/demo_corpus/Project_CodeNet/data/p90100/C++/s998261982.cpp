/*
 * Demo Contest 034 - Joining Ropes
 * 2022-12-20
 */
#include <queue>
#include <iostream>

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)

struct FastIO { FastIO() { std::ios_base::sync_with_stdio(false); std::cin.tie(NULL); } } fastio_;

void solve()
{
	int n;
	std::cin >> n;
	std::priority_queue<ll> pq;
	rep(i, n)
	{
		ll val;
		std::cin >> val;
		pq.push(-val);
	}
	ll total = 0;
	rep(k, n - 1)
	{
		ll a = -pq.top();
		pq.pop();
		ll b = -pq.top();
		pq.pop();
		total += a + b;
		pq.push(-(a + b));
	}
	std::cout << total << std::endl;
}

int main()
{
	solve();
	return 0;
}