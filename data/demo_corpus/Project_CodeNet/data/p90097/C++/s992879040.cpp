#include <cstdio>
#include <set>
#include <utility>
#include <vector>
using namespace std;

using ll = long long;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
template<class T, class U> inline void chmax(T &a, U b) { if (a < b) a = b; }
#define fi first
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

void solve() {
	int n; scanf("%d", &n);
	set<int> s;
	int maxv = 0;
	rep(i, n) {
		int X; scanf("%d", &X);
		s.insert(X);
		chmax(maxv, X);
	}
	printf("%s\n", ((int)s.size() == n && maxv == n ? "Yes" : "No"));
}

int main() {
	solve();
	return 0;
}
