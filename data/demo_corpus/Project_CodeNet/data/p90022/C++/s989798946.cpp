#include<string>
#include<cstdio>
#include<unordered_map>
using namespace std;

int main() {
	int n;
	scanf("%d", &n);
	unordered_map<string, int> tot;
	for (int i = 0; i < n; ++i) {
		char buf[32];
		scanf("%s", buf);
		string w = buf;
		tot[w]++;
	}
	string best = "";
	int mx = -1;
	for (const auto& kv : tot) {
		if (kv.second > mx || (kv.second == mx && kv.first < best)) {
			best = kv.first;
			mx = kv.second;
		}
	}
	printf("%s %d\n", best.c_str(), mx);
}