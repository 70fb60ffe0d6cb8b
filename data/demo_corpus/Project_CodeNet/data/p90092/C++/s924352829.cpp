#include <cstdio>
#include <vector>
#include <cstdlib>
using std::vector;

void solve()
{
	long long n;
	scanf("%lld", &n);
	std::vector<long long> primes;
	long long m = n;
	for (long long d = 2; d * d <= m; d++)
	{
		if (m % d == 0)
		{
			primes.push_back(d);
			if (m % d == 0) m /= d;
		}
	}
	if (m > 1) primes.push_back(m);
	long long ans = n;
	for (long long p : primes)
	{
		ans = ans / p * (p - 1);
	}
	printf("%lld\n", ans);
}

int main()
{
	solve();
	return 0;
}
