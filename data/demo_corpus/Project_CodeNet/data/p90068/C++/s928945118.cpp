// p90068
#include <bits/stdc++.h>
using namespace std;

signed main()
{
	int n, que;
	cin >> n >> que;
	vector<int> A(n);
	for(int j = 0; j < n; j++) cin >> A[j];
	vector<int> px(n);
	for(int i = 0; i < n; i++) {
		px[i] = (i > 0 ? px[i - 1] : 0) ^ A[i];
	}
	for(int k = 0; k < que; k++) {
		int l, r;
		cin >> l >> r;
		l--;
		r--;
		int res = px.at(r);
		if(l > 0) res ^= px.at(l - 1);
		cout << res << '\n';
	}
	return 0;
}
