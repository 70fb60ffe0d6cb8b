#include <iostream>
#include <vector>
#include <cstdlib>

typedef long long ll;

int main() {
	ll n; std::cin >> n;
	std::vector<ll> primes;
	ll m = n;
	for (ll d = 2; d * d <= m; d++) {
		if (m % d == 0) {
			primes.push_back(d);
			while (m % d == 0) m /= d;
		}
	}
	if (m > 1) primes.push_back(m);
	ll answer = n;
	for (ll p : primes) {
		answer = answer / p * (p - 1);
	}
	std::cout << answer << "\n";
}