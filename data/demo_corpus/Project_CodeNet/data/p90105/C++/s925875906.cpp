#include<bits/stdc++.h>
using namespace std;

int tbl[1005][1005];

void solve()
{
	int n;
	cin >> n;
	int best = 0;
	for (int i = 0; i < n; i++)
	{
		for (int j = 0; j < i + 1; j++)
		{
			int v;
			cin >> v;
			int from = 0;
			if (i > 0)
			{
				if (j > 0) from = tbl[i - 1][j - 1];
				if (j < i && tbl[i - 1][j] > from) from = tbl[i - 1][j];
			}
			tbl[i][j] = from + v;
			if (i == n - 1)
			{
				if (best < tbl[i][j]) best = tbl[i][j];
			}
		}
	}
	cout << best << '\n';
}

int main()
{
	solve();
	return 0;
}
