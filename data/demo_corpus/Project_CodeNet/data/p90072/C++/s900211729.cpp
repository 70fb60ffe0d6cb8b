// p90072
#include <cstdio>
#include <vector>
#include <numeric>

int main() {
	int n, qu;
	scanf("%d%d", &n, &qu);
	std::vector<long long> diff(n + 1, 0);
	while (qu--) {
		int l, r;
		scanf("%d%d", &l, &r);
		long long v;
		scanf("%lld", &v);
		diff.at(l - 1) += v;
		diff.at(r) -= v;
	}
	std::partial_sum(diff.begin(), diff.end(), diff.begin());
	for (int i = 0; i < n; ++i) {
		if (i > 0) printf(" ");
		printf("%lld", diff[i]);
	}
	printf("\n");
	return 0;
}