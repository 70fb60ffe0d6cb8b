#include <iostream>
#include <string>
#include <algorithm>
using namespace std;

#define ll long long
#define fi first
#define se second
const int INF = 1e9;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }
#define endl '\n'

int main() {
	ios::sync_with_stdio(0);
	cin.tie(NULL);
	string a, b; cin >> a >> b;
	if (a.size() != b.size()) {
		cout << "No" << "\n";
		return 0;
	}
	sort(a.begin(), a.end());
	srt(b.begin(), b.end());
	if (a == b) cout << "Yes" << "\n";
	else cout << "No" << "\n";
	return 0;
}
