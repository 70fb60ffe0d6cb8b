#include <bits/stdc++.h>
using namespace std;

int main(void) {
	int n;
	cin >> n;
	long long s = 0;
	long long maxv = -1000000001;
	for (int i = 0; i < n; i++) {
		long long v;
		cin >> v;
		s += v;
		maxv = max(maxv, v);
	}
	cout << s << '\n';
	return 0;
}