// Demo Contest 004 - Counting Primes
#include <cstdio>
#include <algorithm>
using namespace std;

bool is_prime(int x)
{
	if (x < 2) return false;
	for (int d = 2; d < x; d++)
	{
		if (x % d == 0) return false;
	}
	return true;
}

int main()
{
	int n; scanf("%d", &n);
	int cnt = 0;
	for (int i = 1; i <= n; i++)
	{
		if (is_prime(i)) cnt++;
	}
	printf("%d\n", cnt);
	return 0;
}