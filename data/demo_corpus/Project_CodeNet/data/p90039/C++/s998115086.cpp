// p90039
#include <algorithm>
#include <cstring>
#include <iostream>
#include <string>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }
#define endl '\n'

string s, t;
int memo[2005][2005];

int d(int i, int j) {
	if (i == 0) return j;
	if (j == 0) return i;
	int& r = memo[i][j];
	if (r >= 0) return r;
	if (s[i - 1] == t[j - 1]) return r = d(i - 1, j - 1);
	return r = 1 + min(d(i - 1, j - 1), min(d(i - 1, j), d(i, j - 1)));
}

int main() {
	ios_base::sync_with_stdio(false);
	string a, b;
	cin >> a >> b;
	s = a;
	t = b;
	memset(memo, -1, sizeof(memo));
	rep(i, (int)s.size() + 1) rep(j, (int)t.size() + 1) d(i, j);
	cout << d(s.size(), t.size()) << endl;
	return 0;
}