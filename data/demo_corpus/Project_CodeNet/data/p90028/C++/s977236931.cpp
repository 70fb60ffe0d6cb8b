// Demo Contest 010 - Grid Paths
#include <iostream>
#include <string>
#include <vector>
#include <utility>
#include <cstdlib>
using namespace std;

typedef long long LL;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define mp make_pair
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

const LL MOD = 1000000007;

int main()
{
	ios::sync_with_stdio(0);
	int H, W;
	cin >> H >> W;
	vector<LL> f(W, 0);
	f[0] = 1;
	rep(i, H) {
		string row;
		cin >> row;
		rep(j, W) {
			if (row[j] == '#') f[j] = 0;
			else if (j > 0) f[j] = (f[j] + f[j - 1]) % MOD;
		}
	}
	cout << f[W - 1] << '\n';
	return 0;
}