// p90077
#include <cstdio>
#include <vector>
#include <algorithm>
using namespace std;

void solve() {
	int n; scanf("%d", &n);
	vector<long long> A(n);
	for(int j = 0; j < n; j++) scanf("%lld", &A[j]);
	vector<long long> tbl(n + 1, 0);
	tbl[1] = A[0];
	for(int i = 2; i < n + 1; i++) {
		tbl[i] = max(tbl[i - 1], tbl[i - 2] + A[i - 1]);
	}
	printf("%lld\n", tbl[n]);
}

int main() {
	solve();
	return 0;
}
