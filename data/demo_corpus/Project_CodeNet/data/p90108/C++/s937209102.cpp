// Calculator
#include <cstdio>
#include <cstdlib>
using namespace std;

typedef long long ll;

int main() {
	int Q;
	scanf("%d", &Q);
	while (Q--) {
		ll a;
		scanf("%lld", &a);
		char op;
		scanf(" %c", &op);
		ll b;
		scanf("%lld", &b);
		ll r = 0;
		switch (op) {
		case '+':
			r = a + b;
			break;
		case '-':
			r = a - b;
			break;
		case '*':
			r = a * b;
			break;
		default:
			r = a / b;
			break;
		}
		printf("%lld\n", r);
	}
	return 0;
}