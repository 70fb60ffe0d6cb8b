// p90054
#include <iostream>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define rrep(i, n) for (int i = (n) - 1; i >= 0; i--)
template<class T, class U> inline void chmax(T &a, U b) { if (a < b) a = b; }
#define se second
#define mp make_pair
using P = pair<int, int>;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main(int argc, char* argv[]) {
	ios::sync_with_stdio(false);
	cin.tie(0);
	int n;
	cin >> n;
	vector<int> nums(n);
	rep(j, n) cin >> nums[j];
	vector<int> suf(n + 1, 0);
	rrep(i, n) {
		suf[i] = max(suf[i + 1], nums[i]);
	}
	int best = 0;
	rep(i, n) {
		chmax(best, suf[i] - nums[i]);
	}
	cout << best << '\n';
	return 0;
}