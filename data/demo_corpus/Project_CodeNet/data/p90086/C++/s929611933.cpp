#include <iostream>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

using ll = long long;
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
#define se second
typedef pair<int, int> pii;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main()
{
	int n;
	cin >> n;
	vector<pair<ll, ll>> seg(n);
	for (auto& s : seg)
	{
		cin >> s.first >> s.second;
	}
	sort(seg.begin(), seg.end());
	ll total = 0;
	ll cl = seg[0].first, cr = seg[0].second;
	FOR(i, 1, n)
	{
		if (seg[i].first <= cr)
		{
			cr = max(cr, seg[i].second);
		}
		else
		{
			total += cr - cl;
			cl = seg[i].first;
			cr = seg[i].second;
		}
	}
	total += cr - cl;
	cout << total << '\n';
}