#include<iostream>
using namespace std;

#define ll long long

int main() {
	ll n;
	cin >> n;
	bool first = true;
	auto emit = [&](ll p) {
		if (!first) {
			cout << " ";
		}
		first = false
		cout << p;
	};
	while (n % 2 == 0) {
		emit(2);
		n /= 2;
	}
	for (ll p = 3; p * p <= n; p += 2) {
		while (n % p == 0) {
			emit(p);
			n /= p;
		}
	}
	if (n > 1) emit(n);
	cout << '\n';
	return 0;
}