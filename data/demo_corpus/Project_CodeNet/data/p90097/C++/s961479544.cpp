#include <iostream>
#include <vector>
#include <algorithm>
using namespace std;

int main() {
	ios::sync_with_stdio(false); cin.tie(nullptr);
	int n;
	cin >> n;
	vector<int> a(n);
	for (auto& x : a) cin >> x;
	sort(a.begin(), a.end());
	bool valid = true;
	for (int i = 0; i < n; i++) {
		if (a[i] != i + 1) valid = false;
	}
	if (valid) cout << "Yes" << endl;
	else cout << "No" << endl;
	return 0;
}