// author: u938258571
#include <iostream>
#include <string>

struct FastIO { FastIO() { std::ios::sync_with_stdio(false); std::cin.tie(nullptr); } } fastio_;

int main() {
	std::string b;
	for(int i = 0; i < 3; ++i) {
		std::string row;
		std::cin >> row;
		b += row;
	}
	const int lines[8][3] = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};
	std::string winner = "draw";
	for(auto& ln : lines) {
		if(b[ln[0]] != '.' && b[ln[0]] == b[ln[1]] && b[ln[1]] == b[ln[2]]) {
			winner = std::string(1, b[ln[0]]);
		}
	}
	std::cout << winner << '\n';
	return 0;
}
