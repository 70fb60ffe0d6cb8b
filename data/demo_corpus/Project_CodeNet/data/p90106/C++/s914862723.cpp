#include <cstdio>
#include <string>
#include <vector>
#include <cstdlib>
using namespace std;

int main() {
	int n;
	scanf("%d", &n);
	vector<string> w(n);
	for (int i = 0; i < n; i++) {
		char buf[105];
		scanf("%s", buf);
		string s = buf;
		w[i] = s;
	}
	string res;
	for (size_t c = 0; c < w[0].size(); c++) {
		bool same = true;
		for (int i = 1; i < n; i++) {
			if (c >= w[i].size() || w[i][c] != w[0][c]) {
				same = false;
				break;
			}
		}
		if (!same) break;
		res += w[0][c];
	}
	if (res.empty()) {
		printf("none\n");
	} else {
		printf("%s\n", res.c_str());
	}
	return 0;
}
