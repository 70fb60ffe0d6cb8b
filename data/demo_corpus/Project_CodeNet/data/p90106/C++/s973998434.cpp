#include <cstdio>
#include <string>

using ll = long long;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define pb push_back
#define fi first
#define mp make_pair
const int INF = 1e9;

int main() {
	int n;
	scanf("%d", &n);
	char buf[105];
	scanf("%s", buf);
	std::string cum = buf;
	REP(i, n - 1) {
		char tmp[105];
		scanf("%s", tmp);
		std::string w = tmp;
		size_t k = 0;
		while (k < cum.size() && k < w.size() && cum[k] == w[k]) k++;
		cum = cum.substr(0, k);
	}
	if (cum.empty()) {
		printf("none\n");
	} else {
		printf("%s\n", cum.c_str());
	}
	return 0;
}