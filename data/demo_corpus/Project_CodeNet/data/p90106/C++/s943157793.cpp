#include <cstdio>
#include <string>
#include <vector>
#include <algorithm>

int main() {
	int n;
	scanf("%d", &n);
	std::vector<std::string> w(n);
	for(int i = 0; i < n; i++) {
		char buf[105];
		scanf("%s", buf);
		std::string s = buf;
		w[i] = s;
	}
	std::string ret;
	for(size_t c = 0; c < w[0].size(); c++) {
		bool same = true;
		for(int i = 1; i < n; i++) {
			if(c >= w[i].size() || w[i][c] != w[0][c]) {
				same = false;
				break;
			}
		}
		if(!same) break;
		ret += w[0][c];
	}
	if(ret.empty()) {
		puts("none");
	}
	else {
		puts(ret.c_str());
	}
	return 0;
}
