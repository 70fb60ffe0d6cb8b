#include <bits/stdc++.h>
using namespace std;

int main() {
	int n;
	cin >> n;
	vector<int> p(n);
	iota(p.begin(), p.end(), 0);
	int cnt = 0;
	do {
		bool valid = true;
		for (int i = 0; i < n && valid; i++) {
			for (int j = i + 1; j < n; j++) {
				if (j - i == p[j] - p[i] || j - i == p[i] - p[j]) {
					valid = false;
					break;
				}
			}
		}
		if (valid) cnt++;
	} while (next_permutation(p.begin(), p.end()));
	cout << cnt << '\n';
}
