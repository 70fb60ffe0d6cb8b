// Demo Contest 036 - Pangram
#include <iostream>
#include <string>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
#define mp make_pair
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
	ios::sync_with_stdio(0); cin.tie(nullptr);
	int n;
	cin >> n;
	bool seen[26] = {false};
	rep(i, n) {
		string w;
		cin >> w;
		for (char c : w) {
			seen[c - 'a'] = true;
		}
	}
	bool all26 = true;
	rep(c, 26) {
		if (!seen[c]) all26 = false;
	}
	if (all26) cout << "Yes" << endl;
	else cout << "No" << endl;
}