#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;

void solve() {
	int n; cin >> n;
	vector<ll> h(n);
	for(auto& x : h) cin >> x;
	int l = 0, r = n - 1;
	ll lmax = 0, rmax = 0, water = 0;
	while(l < r) {
		if(h[l] < h[r]) {
			if(h[l] >= lmax) lmax = h[l];
			else water += lmax - h[l];
			l++;
		} else {
			if(h[r] >= rmax) rmax = h[r];
			else water += rmax - h[r];
			r--;
		}
	}
	cout << water << "\n";
}

int main() {
	ios::sync_with_stdio(false); cin.tie(NULL);
	solve();
	return 0;
}
