#include <iostream>
using namespace std;

bool is_prime(int X) {
	if (X < 2) return false;
	for (int d = 2; d * d <= X; d++) {
		if (X % d == 0) return false;
	}
	return true;
}

int main() {
	int n;
	cin >> n;
	int res = 0;
	for (int p = 2; p <= n - p; p++) {
		if (is_prime(p) && is_prime(n - p)) res++;
	}
	cout << res << endl;
	return 0;
}
