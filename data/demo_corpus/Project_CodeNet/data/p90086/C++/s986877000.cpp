// p90086
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
using P = pair<int, int>;
typedef vector<int> vi;

int main() {
	int n;
	scanf("%d", &n);
	vector<pair<ll, ll>> seg(n);
	for (auto& s : seg) {
		scanf("%lld %lld", &s.first, &s.second);
	}
	sort(seg.begin(), seg.end());
	ll total = 0;
	// [cl, cr]: the union of the segments merged so far
	ll cl = seg[0].first, cr = seg[0].second;
	for (int i = 1; i < n; i++) {
		if (seg[i].first <= cr) {
			cr = max(cr, seg[i].second);
		} else {
			total += cr - cl;
			cl = seg[i].first;
			cr = seg[i].second;
		}
	}
	total += cr - cl;
	printf("%lld\n", total);
	return 0;
}