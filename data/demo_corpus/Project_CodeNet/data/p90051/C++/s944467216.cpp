// Run-Length Encoding
#include <iostream>
#include <string>
#include <utility>
using namespace std;

using ll = long long;
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
#define se second
typedef pair<int, int> pii;
const long long LINF = 1LL << 60;

int main() {
	ios::sync_with_stdio(false);
	string s;
	cin >> s;
	int n = s.size();
	int run = 1;
	FOR(i, 1, n + 1) {
		if (i < n && s[i] == s[i - 1]) {
			run++;
		} else {
			cout << s[i - 1];
			cout << run;
			run = 1;
		}
	}
	cout << "\n";
	return 0;
}