/*
 * Demo Contest 001 - GCD and LCM
 * 2014-01-21
 */
#include <iostream>
#include <algorithm>

long long binary_gcd(long long a, long long b) {
	if (a == 0) return b;
	if (b == 0) return a;
	int shift = __builtin_ctzll(a | b);
	a >>= __builtin_ctzll(a);
	while (b != 0) {
		b >>= __builtin_ctzll(b);
		if (a > b) std::swap(a, b);
		b -= a;
	}
	return a << shift;
}

int main() {
	long long a, b;
	std::cin >> a >> b;
	long long g = binary_gcd(a, b);
	std::cout << g << ' ' << a / g * b << '\n';
	return 0;
}
