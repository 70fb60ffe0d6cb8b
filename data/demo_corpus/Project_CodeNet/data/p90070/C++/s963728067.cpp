#include <cstdio>
using namespace std;

int main() {
	int que;
	scanf("%d", &que);
	for (int i = 0; i < que; i++) {
		long long n;
		scanf("%lld", &n);
		if (n < 2) {
			printf("%lld\n", n);
			continue;
		}
		long long x = n / 2 + 1;
		long long y = (x + n / x) / 2;
		while (y < x) {
			x = y;
			y = (x + n / x) / 2;
		}
		printf("%lld\n", x);
	}
	return 0;
}