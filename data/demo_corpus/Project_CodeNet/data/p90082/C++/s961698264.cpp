#include <iostream>
#include <vector>
#include <utility>
#include <cstdlib>
using namespace std;

using ll = long long;
#define pb push_back
#define fi first
#define se second
using P = pair<int, int>;
typedef vector<int> vi;
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

#define MOD 1000000007

int main()
{
	vector<vector<int>> C(2001, vector<int>(2001, 0));
	for(int i = 0; i < 2001; i++) {
		C[i][0] = 1;
		for(int j = 1; j < i + 1; j++) {
			C[i][j] = (C[i - 1][j - 1] + C[i - 1][j]) % MOD;
		}
	}
	int que;
	cin >> que;
	while(que--) {
		int n, k;
		cin >> n >> k;
		cout << C[n][k] << endl;
	}
	return 0;
}
