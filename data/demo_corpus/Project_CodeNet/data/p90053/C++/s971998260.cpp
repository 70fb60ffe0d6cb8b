#include <iostream>
using namespace std;

void solve() {
	int n;
	cin >> n;
	int first = -1, second = -1;
	for (int i = 0; i < n; i++) {
		int val;
		cin >> val;
		if (val > first) {
			second = first;
			first = val;
		} else if (val < first && val > second) {
			second = val;
		}
	}
	cout << second << "\n";
}

int main() {
	solve();
	return 0;
}