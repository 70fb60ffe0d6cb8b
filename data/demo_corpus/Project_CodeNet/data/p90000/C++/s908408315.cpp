#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;

int main() {
	ios_base::sync_with_stdio(false);
	int n;
	cin >> n;
	vector<ll> a(n), b(n);
	for (int i = 0; i < n; i++) {
		cin >> a[i] >> b[i];
	}
	vector<ll> result(n);
	for (int i = 0; i < n; i++) {
		result[i] = a[i] + b[i];
	}
	for (int i = 0; i < n; i++) {
		cout << result[i] << '\n';
	}
}