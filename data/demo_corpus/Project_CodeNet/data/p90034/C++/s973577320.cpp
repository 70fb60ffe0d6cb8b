#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define pb push_back
#define fi first
#define se second
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main(void) {
	ios::sync_with_stdio(false);
	int n, m, l; cin >> n >> m >> l;
	vector<vector<ll>> A(n, vector<ll>(m)), B(m, vector<ll>(l)), C(n, vector<ll>(l, 0));
	for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) {
		cin >> A[i][j];
	}
	for (int i = 0; i < m; i++) for (int j = 0; j < l; j++) {
		cin >> B[i][j];
	}
	for (int i = 0; i < n; i++) {
		for (int j = 0; j < l; j++) {
			for (int k = 0; k < m; k++) C[i][j] += A[i][k] * B[k][j];
		}
	}
	for (int i = 0; i < n; i++) {
		for (int j = 0; j < l; j++) {
			if (j > 0) cout << " ";
			cout << C[i][j];
		}
		cout << "\n";
	}
	return 0;
}