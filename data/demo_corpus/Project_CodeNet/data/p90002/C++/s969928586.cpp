#include <bits/stdc++.h>
using namespace std;

long long binary_gcd(long long a, long long b)
{
	if (a == 0) return b;
	if (b == 0) return a;
	int shift = __builtin_ctzll(a | b);
	a >>= __builtin_ctzll(a);
	while (b != 0) {
		b >>= __builtin_ctzll(b);
		if (a > b) swap(a, b);
		b -= a;
	}
	return a << shift;
}

int main()
{
	ios::sync_with_stdio(false);
	cin.tie(NULL);
	long long a, b;
	cin >> a >> b;
	long long g = binary_gcd(a, b);
	cout << g << " " << a / g * b << endl;
	return 0;
}