/*
 * Demo Contest 014 - Distinct Window
 * 2018-10-18
 */
#include <iostream>
#include <string>
#include <vector>
#include <algorithm>
#include <cstdlib>
using std::cin;
using std::vector;

struct FastIO { FastIO() { std::ios_base::sync_with_stdio(false); std::cin.tie(0); } } fastio_;

int main() {
	std::string s; std::cin >> s;
	std::vector<int> last(26, -1);
	int ret = 0, left = 0;
	for (int i = 0; i < (int)s.size(); ++i) {
		int c = s[i] - 'a';
		// jump the left end past the previous copy of this character
		if (last[c] >= left) left = last[c] + 1;
		last[c] = i;
		ret = std::max(ret, i - left + 1);
	}
	std::cout << ret << '\n';
}