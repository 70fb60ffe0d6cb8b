#include <cstdio>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define all(x) (x).begin(),(x).end()
template <class T, class U> bool chmax(T& a, const U& b) { if (a < b) { a = b; return true; } return false; }
#define pb push_back
#define fi first
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;

void solve()
{
	int n;
	scanf("%d", &n);
	vector<pair<int, int>> ev;
	rep(i, n)
	{
		int s, e;
		scanf("%d %d", &s, &e);
		ev.push_back(make_pair(s, 1));
		ev.push_back(make_pair(e, -1));
	}
	// at equal times -1 sorts first: whoever leaves at t is gone when others arrive at t
	sort(all(ev));
	int cur = 0, best = 0;
	for (auto& p : ev)
	{
		cur += p.second;
		chmax(best, cur);
	}
	printf("%d\n", best);
}

int main()
{
	solve();
	return 0;
}
