#include <cstdio>
#include <vector>
#include <utility>
using namespace std;

using ll = long long;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define fi first
#define mp make_pair
using P = pair<int, int>;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

ll sort_count(vector<int>& a, int l, int r) {
	if (r - l <= 1) return 0;
	int m = (l + r) / 2;
	ll counter = sort_count(a, l, m) + sort_count(a, m, r);
	vector<int> merged;
	int i = l, j = m;
	while (i < m || j < r) {
		if (j == r || (i < m && a[i] <= a[j])) {
			merged.push_back(a[i++]);
		} else {
			counter += m - i;  // a[j] jumps over every remaining left element
			merged.push_back(a[j++]);
		}
	}
	for (int k = l; k < r; k++) a[k] = merged[k - l];
	return counter;
}

int main() {
	int n; scanf("%d", &n);
	vector<int> a(n);
	REP(i2, n) scanf("%d", &a[i2]);
	printf("%lld\n", sort_count(a, 0, n));
	return 0;
}
