#include <iostream>
#include <algorithm>
using namespace std;

typedef long long ll;

// the length [l1, r1] and [l2, r2] have in common
ll overlap(ll l1, ll r1, ll l2, ll r2) {
	return max<ll>(0, min(r1, r2) - max(l1, l2));
}

void solve() {
	ll ax1, ay1, ax2, ay2, bx1, by1, bx2, by2;
	cin >> ax1 >> ay1 >> ax2 >> ay2 >> bx1 >> by1 >> bx2 >> by2;
	ll along_x = overlap(ax1, ax2, bx1, bx2);
	ll along_y = overlap(ay1, ay2, by1, by2);
	cout << along_x * along_y << endl;
}

int main() {
	solve();
	return 0;
}