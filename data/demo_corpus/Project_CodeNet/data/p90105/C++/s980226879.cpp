#include <iostream>
#include <vector>
#include <cmath>
using namespace std;

using ll = long long;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
template<class T, class U> inline void chmax(T &a, U b) { if (a < b) a = b; }
typedef vector<int> vi;

int DP[1005][1005];

int main() {
	int n;
	cin >> n;
	int best = 0;
	REP(i, n) {
		REP(j, i + 1) {
			int v;
			cin >> v;
			int from = 0;
			if (i > 0) {
				if (j > 0) from = DP[i - 1][j - 1];
				if (j < i && DP[i - 1][j] > from) from = DP[i - 1][j];
			}
			DP[i][j] = from + v;
			if (i == n - 1) {
				chmax(best, DP[i][j]);
			}
		}
	}
	cout << best << '\n';
	return 0;
}