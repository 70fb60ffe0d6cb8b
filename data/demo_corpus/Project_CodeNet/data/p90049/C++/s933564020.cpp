// Demo Contest 017 - Ranking
#include <bits/stdc++.h>
using namespace std;

#define rep(i,n) for(int i=0;i<(n);++i)
#define all(x) (x).begin(),(x).end()

int main() {
	ios::sync_with_stdio(false);
	cin.tie(NULL);
	int n; cin >> n;
	vector<pair<int, string>> v(n);
	rep(i, n) {
		string name; cin >> name;
		int score; cin >> score;
		v[i] = make_pair(-score, name);
	}
	sort(all(v));
	rep(i, n) {
		cout << v[i].second << " " << -v[i].first << '\n';
	}
}
