#include <bits/stdc++.h>
using namespace std;

int main() {
	int n; scanf("%d", &n);
	vector<int> p(n);
	for (int i = 0; i < n; i++) {
		scanf("%d", &p[i]);
		p[i]--;
	}
	vector<bool> seen(n, false);
	int res = 0;
	for (int i = 0; i < n; i++) {
		if (seen[i]) continue;
		int len = 0;
		for (int j = i; !seen[j]; j = p[j]) {
			seen[j] = true;
			len++;
		}
		res += len - 1;
	}
	printf("%d\n", res);
}
