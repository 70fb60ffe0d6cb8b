#include <iostream>
#include <vector>
#include <cstdlib>
#include <algorithm>
using namespace std;

int main() {
	int n;
	cin >> n;
	vector<int> h(n);
	for (auto& x : h) cin >> x;
	vector<int> tbl(n, 0);
	for (int i = 1; i < n; ++i) {
		tbl[i] = tbl[i - 1] + abs(h[i] - h[i - 1]);
		if (i > 1) {
			if (tbl[i] > tbl[i - 2] + abs(h[i] - h[i - 2])) tbl[i] = tbl[i - 2] + abs(h[i] - h[i - 2]);
		}
	}
	cout << tbl[n - 1] << '\n';
	return 0;
}