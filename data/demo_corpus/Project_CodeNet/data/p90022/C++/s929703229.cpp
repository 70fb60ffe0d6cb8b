#include <cstdio>
#include <string>
#include <map>
using std::string;

int main() {
	int n;
	scanf("%d", &n);
	std::map<std::string, int> tot;
	for (int i = 0; i < n; ++i) {
		char buf[32];
		scanf("%s", buf);
		std::string w = buf;
		tot[w]++;
	}
	std::string best;
	int hi = 0;
	for (auto& kv : tot) {
		if (kv.second > hi) {
			hi = kv.second;
			best = kv.first;
		}
	}
	printf("%s %d\n", best.c_str(), hi);
	return 0;
}