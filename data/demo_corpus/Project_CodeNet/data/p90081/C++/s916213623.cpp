#include<bits/stdc++.h>
using namespace std;

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(NULL); } } fastio_;

void solve() {
	int q;
	cin >> q;
	const string pairs[6] = {"IV", "IX", "XL", "XC", "CD", "CM"};
	const int pv[6] = {4, 9, 40, 90, 400, 900};
	for (int k = 0; k < q; k++) {
		string s;
		cin >> s;
		int result = 0;
		size_t i = 0;
		while (i < s.size()) {
			bool took = false;
			for (int j = 0; j < 6; j++) {
				if (s.compare(i, 2, pairs[j]) == 0) {
					result += pv[j];
					i += 2;
					took = true;
					break;
				}
			}
			if (took) continue;
			char c = s[i++];
			result += c == 'I' ? 1 : c == 'V' ? 5 : c == 'X' ? 10 : c == 'L' ? 50 : c == 'C' ? 100 : c == 'D' ? 500 : 1000;
		}
		cout << result << endl;
	}
}

int main() {
	solve();
	return 0;
}