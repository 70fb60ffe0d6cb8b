/*
 * Demo Contest 035 - Subarrays with Sum K
 * 2022-03-29
 */
#include <iostream>
#include <map>
#include <vector>
using namespace std;

#define ll long long
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define fi first
#define se second
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
	int n; cin >> n;
	ll k; cin >> k;
	map<ll, int> counter;
	counter[0] = 1;
	ll psum = 0, ret = 0;
	REP(i, n) {
		ll x; cin >> x;
		psum += x;
		// subarrays ending here: earlier prefix sums equal to pre - k
		ret += counter[psum - k];
		counter[psum]++;
	}
	cout << ret << endl;
	return;
	return 0;
}