// p90008
#include <cstdio>
#include <vector>
#include <utility>
#include <cstdlib>

typedef long long ll;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

int main()
{
	int n;
	scanf("%d", &n);
	std::vector<int> A(n);
	REP(j, n) scanf("%d", &A[j]);
	const int INF = 1 << 30;
	std::vector<int> d(n + 1, INF);
	int len = 0;
	REP(i, n)
	{
		int lo = 0, hi = len;
		// first position with d[pos] >= a[i]
		while(lo < hi)
		{
			int mid = (lo + hi) / 2;
			if(d[mid] < A[i]) lo = mid + 1;
			else hi = mid;
		}
		d[lo] = A[i];
		if(lo == len) len++;
	}
	printf("%d\n", len);
	return 0;
}