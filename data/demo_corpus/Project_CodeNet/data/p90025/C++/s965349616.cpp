#include <cstdio>
#include <vector>
#include <algorithm>
#include <utility>

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define fi first
#define se second
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
	int n;
	scanf("%d", &n);
	std::vector<ll> A(n);
	rep(j, n) scanf("%lld", &A[j]);
	ll best = A[0], cur = 0;
	rep(i, n) {
		// extend the current run or start again at i
		cur = std::max(cur + A[i], A[i]);
		best = std::max(best, cur);
	}
	printf("%lld\n", best);
	return 0;
}