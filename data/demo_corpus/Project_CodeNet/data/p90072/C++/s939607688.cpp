// author: u944887027
#include<iostream>
#include<vector>
#include<numeric>
#include<utility>

#define ll long long
#define all(x) (x).begin(), (x).end()
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;

void solve()
{
	int n, que; std::cin >> n >> que;
	std::vector<ll> diff(n + 1, 0);
	while (que--)
	{
		int l, r; std::cin >> l >> r;
		ll v; std::cin >> v;
		diff.at(l - 1) += v;
		diff.at(r) -= v;
	}
	std::partial_sum(all(diff), diff.begin());
	rep(i, n)
	{
		if (i) std::cout << ' ';
		std::cout << diff[i];
	}
	std::cout << std::endl;
}

int main()
{
	solve();
	return 0;
}