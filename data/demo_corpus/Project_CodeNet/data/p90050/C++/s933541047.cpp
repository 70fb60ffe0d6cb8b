// 2019-12-11
#include<bits/stdc.h>

typedef long long ll;
#define all(x) (x).begin(), (x).end()
#define pb push_back
#define fi first
typedef std::pair<int, int> pii;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

struct FastIO { FastIO() { std::ios::sync_with_stdio(0); std::cin.tie(NULL); } } fastio_;

bool is_vowel(char c) {
	switch (c) {
	case 'a': case 'e': case 'i': case 'o': case 'u':
		return true;
	default:
		return false;
	}
}

void solve() {
	std::string s;
	std::cin >> s;
	int tot = std::count_if(all(s), is_vowel);
	std::cout << tot << std::endl;
}

int main() {
	solve();
	return 0;
}
