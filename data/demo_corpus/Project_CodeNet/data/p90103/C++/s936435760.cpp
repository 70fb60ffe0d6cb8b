#include <iostream>
#include <unordered_map>
#include <vector>
#include <utility>
using namespace std;

typedef long long ll;
#define pb push_back
#define se second
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

signed main() {
	int n;
	cin >> n;
	ll k;
	cin >> k;
	vector<ll> vec(n);
	for (auto& x : vec) cin >> x;
	unordered_map<ll, ll> seen;
	seen[0] = 1;
	ll s = 0, res = 0;
	for (ll v : vec) {
		s += v;
		auto it = seen.find(s - k);
		if (it != seen.end()) res += it->second;
		seen[s]++;
	}
	cout << res << endl;
	return 0;
}