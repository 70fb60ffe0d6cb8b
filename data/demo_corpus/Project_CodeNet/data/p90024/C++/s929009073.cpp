/*
 * Caesar Cipher
 * 2017-01-08
 */
#include <string>
#include <iostream>
using namespace std;

typedef long long ll;
#define fi first
#define mp make_pair
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
	ios::sync_with_stdio(0);
	cin.tie(NULL);
	ll k;
	cin >> k;
	string s;
	cin >> s;
	int shift = k % 26;
	for (auto& c : s) {
		c = 'a' + (c - 'a' + shift) % 26;
	}
	cout << s << '\n';
	return 0;
}