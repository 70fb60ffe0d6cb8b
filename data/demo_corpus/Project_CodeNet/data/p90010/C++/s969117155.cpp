#include <iostream>
#include <vector>
#include <algorithm>
#include <cmath>
using namespace std;

int main() {
	int n, Q;
	cin >> n >> Q;
	vector<int> v(n);
	for (auto& x : v) cin >> x;
	sort(v.begin(), v.end());
	while (Q--) {
		int val;
		cin >> val;
		int num = upper_bound(v.begin(), v.end(), val) - v.begin();
		cout << num << "\n";
	}
	return 0;
}
