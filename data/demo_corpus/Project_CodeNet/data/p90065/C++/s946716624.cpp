#include <bits/stdc++.h>
using namespace std;

int main()
{
	ios_base::sync_with_stdio(false); cin.tie(NULL);
	int n;
	cin >> n;
	map<int, int> cnt;
	int result = -1;
	for (int i = 0; i < n; i++) {
		int x;
		cin >> x;
		if (++cnt[x] * 2 > n) result = x;
	}
	cout << result << endl;
	return 0;
}
