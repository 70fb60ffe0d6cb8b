#include<bits/stdc++.h>
using namespace std;

void solve()
{
	int n;
	cin >> n;
	vector<bool> seen(n + 2, false);
	bool flag = true;
	for (int i = 0; i < n; i++) {
		int X;
		cin >> X;
		if (X < 1 || X > n || seen[X]) {
			flag = false;
		} else {
			seen[X] = true;
		}
	}
	if (flag) cout << "Yes" << '\n';
	else cout << "No" << '\n';
}

int main()
{
	solve();
	return 0;
}
