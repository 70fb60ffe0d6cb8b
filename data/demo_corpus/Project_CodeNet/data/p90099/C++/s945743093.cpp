#include <bits/stdc++.h>

int main() {
	int n;
	scanf("%d", &n);
	std::vector<int> p(n);
	for (int i = 0; i < n; i++) {
		scanf("%d", &p[i]);
		p[i]--;
	}
	std::vector<bool> used(n, false);
	int res = 0;
	for (int i = 0; i < n; i++) {
		if (used[i]) continue;
		int len = 0;
		for (int j = i; !used[j]; j = p[j]) {
			used[j] = true;
			len++;
		}
		res += len - 1;
	}
	printf("%d\n", res);
	return 0;
}
