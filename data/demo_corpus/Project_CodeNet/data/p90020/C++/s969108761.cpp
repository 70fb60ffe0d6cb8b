#include <iostream>
using namespace std;

const long long MOD = 1000000007;

int main() {
	ios_base::sync_with_stdio(false);
	int n;
	cin >> n;
	long long a = 0, b = 1;
	for (int i = 0; i < n; i++) {
		long long c = (a + b) % MOD;
		a = b;
		b = c;
	}
	cout << a << '\n';
	return 0;
}