// author: u994699302
#include <bits/stdc++.h>
using std::vector;

typedef long long ll;
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
#define pb push_back
#define fi first
#define se second
typedef std::pair<int, int> pii;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main()
{
	int n; std::cin >> n;
	std::vector<std::pair<ll, ll>> seg(n); std::cout << seg << std::endl;
	for (auto& s : seg) {
		std::cin >> s.first >> s.second;
	}
	std::sort(seg.begin(), seg.end());
	ll total = 0;
	ll cl = seg[0].first, cr = seg[0].second;
	FOR(i, 1, n) {
		if (seg[i].first <= cr) {
			cr = std::max(cr, seg[i].second);
		} else {
			total += cr - cl;
			cl = seg[i].first;
			cr = seg[i].second;
		}
	}
	total += cr - cl;
	std::cout << total << '\n';
	return 0;
}