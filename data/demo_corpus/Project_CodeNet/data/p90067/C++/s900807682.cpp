// p90067
#include <cstdio>
#include <set>
#include <utility>
#include <vector>

typedef long long LL;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
#define fi first
#define mp make_pair
typedef std::pair<int, int> pii;
typedef std::vector<int> vi;
const long long LINF = 1LL << 60;

int main(void) {
	int n, k;
	scanf("%d%d", &n, &k);
	std::vector<int> arr(n);
	rep(j, n) scanf("%d", &arr[j]);
	std::multiset<int> win;
	rep(i, n) {
		win.insert(arr[i]);
		if (i >= k) win.erase(win.find(arr[i - k]));
		if (i >= k - 1) {
			if (i - k + 1 > 0) printf(" ");
			printf("%d", *win.rbegin());
		}
	}
	putchar('\n');
}
