// Demo Contest 030 - Rotate Grid
#include <iostream>
#include <string>
#include <vector>
#include <cstdlib>
using std::cin;
using std::string;
using std::vector;

#define REP(i, n) for (int i = 0; i < (n); ++i)
#define rrep(i,n) for(int i=(int)(n)-1;i>=0;--i)

int main() {
	std::ios_base::sync_with_stdio(false);
	std::cin.tie(nullptr);
	int H, W;
	std::cin >> H >> W;
	std::vector<std::string> g(H);
	REP(i, H) {
		std::string row;
		std::cin >> row;
		g[i] = row;
	}
	REP(j, W) {
		std::string line;
		rrep(i, H) {
			line += g[i][j];
		}
		std::cout << line << std::endl;
	}
}