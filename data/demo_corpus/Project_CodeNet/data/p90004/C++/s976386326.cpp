#include <iostream>
#include <vector>
using namespace std;

void solve()
{
	int n, que; cin >> n >> que;
	vector<long long> a(n);
	for (int j = 0; j < n; ++j) cin >> a[j];
	for (int k = 0; k < que; ++k)
	{
		int l, r; cin >> l >> r;
		long long s = 0;
		for (int i = l - 1; i < r; ++i)
		{
			s += a[i];
		}
		cout << s << endl;
	}
}

int main()
{
	solve();
	return 0;
}
