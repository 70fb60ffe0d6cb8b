#include <iostream>
#include <algorithm>
using namespace std;

using ll = long long;

int main()
{
	ios::sync_with_stdio(false);
	ll ax1, ay1, ax2, ay2;
	cin >> ax1 >> ay1 >> ax2 >> ay2;
	ll bx1, by1, bx2, by2;
	cin >> bx1 >> by1 >> bx2 >> by2;
	ll w = min(ax2, bx2) - max(ax1, bx1);
	ll h = min(ay2, by2) - max(ay1, by1);
	if(w < 0 || h < 0) {
		w = 0;
		h = 0;
	}
	cout << w * h << "\n";
}
