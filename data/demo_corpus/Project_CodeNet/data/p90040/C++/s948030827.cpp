#include <iostream>
#include <string>
#include <vector>
#include <algorithm>
#include <cstdint>

int main() {
	std::string s;
	std::cin >> s;
	std::vector<int> last(26, -1);
	int ret = 0, left = 0;
	for (int i = 0; i < (int)s.size(); i++) {
		int c = s[i] - 'a';
		if (last[c] >= left) left = last[c] + 1;
		last[c] = i;
		ret = std::max(ret, i - left + 1);
	}
	std::cout << ret << '\n';
	return 0;
}