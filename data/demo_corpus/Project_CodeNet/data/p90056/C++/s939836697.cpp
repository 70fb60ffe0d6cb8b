#include <iostream>
#include <vector>
using namespace std;

int main() {
	ios::sync_with_stdio(false);
	cin.tie(NULL);
	long long n;
	cin >> n;
	vector<long long> f;
	for (long long p = 2; p * p <= n; p++) {
		while (n % p == 0) {
			f.push_back(p);
			n /= p;
		}
	}
	if (n > 1) f.push_back(n);
	for (int i = 0; i < (int)f.size(); i++) {
		if (i > 0) cout << " ";
		cout << f[i];
	}
	cout << '\n';
}