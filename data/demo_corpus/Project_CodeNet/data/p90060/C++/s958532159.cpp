// author: u933329004
#include<bits/stdc++.h>
using namespace std;

#define ll long long
#define pb push_back
#define fi first
#define mp make_pair
using P = pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

ll to_days(ll y, ll m, ll d) {
	if(m <= 2) {
		y--;
		m += 12;
	}
	return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d;
}

int main() {
	ios_base::sync_with_stdio(false);
	cin.tie(0);
	ll y1, m1, d1;
	cin >> y1 >> m1 >> d1;
	ll y2, m2, d2;
	cin >> y2 >> m2 >> d2;
	cout << to_days(y2, m2, d2) - to_days(y1, m1, d1) << endl;
	return 0;
}
