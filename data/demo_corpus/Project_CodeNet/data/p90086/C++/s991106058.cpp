#include <bits/stdc++.h>

typedef long long ll;
#define all(x) (x).begin(), (x).end()
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
#define pb push_back
#define fi first
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int main() {
	int n;
	std::cin >> n;
	std::vector<std::pair<ll, ll>> seg(n);
	for(auto& s : seg) {
		std::cin >> s.first >> s.second;
	}
	std::sort(all(seg));
	ll total = 0;
	// [cl, cr]: the union of the segments merged so far
	ll cl = seg[0].first, cr = seg[0].second;
	FOR(i, 1, n) {
		if(seg[i].first <= cr) {
			cr = std::max(cr, seg[i].second);
		} else {
			total += cr - cl;
			cl = seg[i].first;
			cr = seg[i].second;
		}
	}
	total += cr - cl;
	std::cout << total << std::endl;
}