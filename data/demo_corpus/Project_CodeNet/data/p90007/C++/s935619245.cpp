#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

void solve()
{
	int n, W; scanf("%d %d", &n, &W);
	vector<int> w(n);
	vector<ll> v(n);
	for(int i = 0; i < n; i++)
	{
		scanf("%d", &w[i]);
		scanf("%lld", &v[i]);
	}
	// dp[i][j]: best value using the first i items with weight at most j
	vector<vector<ll>> dp(n + 1, vector<ll>(W + 1, 0));
	for(int i = 0; i < n; i++)
	{
		for(int j = 0; j <= W; j++)
		{
			dp[i + 1][j] = dp[i][j];
			if(j >= w[i])
			{
				dp[i + 1][j] = max(dp[i + 1][j], dp[i][j - w[i]] + v[i]);
			}
		}
	}
	printf("%lld\n", dp[n][W]);
}

int main()
{
	solve();
	return 0;
}