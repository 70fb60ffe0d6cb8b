#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>
using namespace std;

int main() {
	int n;
	scanf("%d", &n);
	vector<int> h(n);
	for (int j = 0; j < n; j++) scanf("%d", &h[j]);
	vector<int> tbl(n, 0);
	for (int i = 1; i < n; i++) {
		tbl[i] = tbl[i - 1] + abs(h[i] - h[i - 1]);
		if (i > 1) {
			if (tbl[i] > tbl[i - 2] + abs(h[i] - h[i - 2])) tbl[i] = tbl[i - 2] + abs(h[i] - h[i - 2]);
		}
	}
	printf("%d\n", tbl[n - 1]);
	return 0;
}
