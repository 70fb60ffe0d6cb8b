#include<bits/stdc++.h>

using ll = long long;
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
typedef std::vector<int> vi;

int main()
{
	ll n;
	std::cin >> n;
	std::vector<ll> primes;
	ll m = n;
	for (ll d = 2; d * d <= m; d++)
	{
		if (m % d == 0)
		{
			primes.push_back(d);
			while (m % d == 0) m /= d;
		}
	}
	if (m > 1) primes.push_back(m);
	ll result = n;
	for (ll p : primes)
	{
		result = result / p * (p - 1);
	}
	std::cout << result << "\n";
	return 0;
}