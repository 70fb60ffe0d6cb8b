/*
 * Demo Contest 022 - Pairs with Sum K
 * 2020-09-04
 */
#include <iostream>
#include <map>
#include <string>
#include <algorithm>
using namespace std;

typedef long long ll;

void solve() {
	int n;
	cin >> n;
	ll k;
	cin >> k;
	map<ll, int> seen;
	ll answer = 0;
	for (int i = 0; i < n; ++i) {
		ll v;
		cin >> v;
		auto it = seen.find(k - v);
		if (it != seen.end()) answer += it->second;
		seen[v]++;
	}
	cout << answer << endl;
}

int main() {
	solve();
	return 0;
}
