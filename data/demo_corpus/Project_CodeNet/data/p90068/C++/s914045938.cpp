#include <cstdio>
#include <vector>
#include <utility>
#include <cmath>
using namespace std;

typedef long long ll;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define fi first
typedef pair<int, int> pii;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
	int n, qu;
	scanf("%d%d", &n, &qu);
	vector<int> vec(n);
	REP(j, n) scanf("%d", &vec[j]);
	vector<int> px(n);
	REP(i, n) {
		px[i] = (i > 0 ? px[i - 1] : 0) ^ vec[i];
	}
	REP(k, qu) {
		int l, r;
		scanf("%d%d", &l, &r);
		l--;
		r--;
		int res = px.at(r);
		if (l > 0) res ^= px.at(l - 1);
		printf("%d\n", res);
	}
}
