// p90017
#include <bits/stdc++.h>
using namespace std;

#define pb push_back
#define se second
#define mp make_pair
typedef pair<int, int> pii;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
	int n;
	cin >> n;
	long long k;
	cin >> k;
	vector<long long> prefix(n + 1, 0);
	for (int i = 0; i < n; i++) {
		long long X;
		cin >> X;
		prefix[i + 1] = prefix[i] + X;
	}
	long long ret = 0;
	// for each end j, the starts i with pre[j] - pre[i] <= k
	for (int j = 1; j <= n; j++) {
		int i = lower_bound(prefix.begin(), prefix.begin() + j, prefix[j] - k) - prefix.begin();
		ret += j - i;
	}
	cout << ret << endl;
	return 0;
}
