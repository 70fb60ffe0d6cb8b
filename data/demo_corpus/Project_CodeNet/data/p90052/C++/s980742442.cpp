#include <iostream>
#include <string>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define mp make_pair
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
#define endl '\n'

int main() {
	string a, b;
	cin >> a >> b;
	int tot[26] = {0};
	for (char c : a) {
		tot[c - 'a']++;
	}
	for (char c : b) {
		tot[c - 'a']--;
	}
	bool good = true;
	rep(i, 26) {
		if (tot[i] != 0) good = false;
	}
	cout << ((good ? "Yes" : "No")) << "\n";
}