// Demo Contest 032 - Collatz Steps
#include <cstdio>

#define ll long long

int main() {
	int qu;
	scanf("%d", &qu);
	while (qu--) {
		ll n;
		scanf("%lld", &n);
		int steps = 0;
		while (n != 1) {
			if (n % 2 == 0) {
				n /= 2;
			} else {
				n = 3 * n + 1;
			}
			steps++;
		}
		printf("%d\n", steps)
	}
	return 0;
}