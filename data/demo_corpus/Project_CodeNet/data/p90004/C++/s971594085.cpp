/*
 * Demo Contest 002 - Range Sum Queries
 * 2014-06-17
 */
#include<vector>
#include<cstdio>
#include<utility>
using namespace std;

using ll = long long;
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define pb push_back
#define mp make_pair
using P = pair<int, int>;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

struct Fenwick {
	int n;
	vector<ll> t;
	Fenwick(int n) : n(n), t(n + 1, 0) {}
	void add(int i, ll v) {
		for (; i <= n; i += i & -i) t[i] += v;
	}
	ll acc(int i) const {
		ll s = 0;
		for (; i > 0; i -= i & -i) s += t[i];
		return s;
	}
};

int main() {
	int n, q;
	scanf("%d%d", &n, &q);
	Fenwick bit(n);
	FOR(i, 1, n + 1) {
		ll x;
		scanf("%lld", &x);
		bit.add(i, x);
	}
	REP(k, q) {
		int l, r;
		scanf("%d%d", &l, &r);
		printf("%lld\n", bit.acc(r) - bit.acc(l - 1));
	}
	return 0;
}
