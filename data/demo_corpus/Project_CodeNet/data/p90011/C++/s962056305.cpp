#include <cstdio>
#include <cstring>
using namespace std;

typedef long long ll;

static char composite[10000001];

int main() {
	int n;
	scanf("%d", &n);
	it c = 0;
	for (int i = 2; i <= n; i++) {
		if (composite[i]) continue;
		c++;
		for (ll j = (ll)i * i; j <= n; j += i) {
			composite[j] = 1;
		}
	}
	printf("%d\n", c);
}