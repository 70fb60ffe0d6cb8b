#include<bits/stdc++.h>
using namespace std;

int main() {
	int n; cin >> n;
	vector<pair<int, int>> iv(n);  // (end, start)
	for(int i = 0; i < n; i++) {
		cin >> iv[i].second >> iv[i].first;
	}
	sort(iv.begin(), iv.end(), [](const pair<int, int>& x, const pair<int, int>& y) { return x.second < y.second; });
	int cnt = 0, last = -1;
	for(auto& p : iv) {
		if(p.second >= last) {
			cnt++;
			last = p.first;
		}
	}
	cout << cnt << '\n';
}