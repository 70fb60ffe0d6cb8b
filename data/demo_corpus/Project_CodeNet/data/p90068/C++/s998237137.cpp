#include <iostream>
#include <vector>
using namespace std;

void solve()
{
	int n, q; cin >> n >> q;
	vector<int> pre(n + 1, 0);
	for (int i = 0; i < n; i++) {
		int X; cin >> X;
		pre[i + 1] = pre[i] ^ X;
	}
	while (q--) {
		int l, r; cin >> l >> r;
		cout << (pre[r] ^ pre[l - 1]) << endl;
	}
}

int main(void)
{
	ios::sync_with_stdio(0);
	solve();
	return 0;
}