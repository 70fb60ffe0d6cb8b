// Sorting Numbers
#include <bits/stdc++.h>
using namespace std;

int main() {
	int n;
	scanf("%d", &n);
	map<int, int> cnt;
	for(int i = 0; i < n; ++i) {
		int v;
		scanf("%d", &v);
		cnt[v]++;
	}
	int printed = 0;
	for(auto& kv : cnt) {
		for(int k = 0; k < kv.second; k++) {
			if(printed++) {
				printf(" ");
			}
			printf("%d", kv.first);
		}
	}
	puts("");
	return 0;
}
