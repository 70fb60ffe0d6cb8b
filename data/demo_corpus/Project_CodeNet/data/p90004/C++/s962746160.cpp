// Demo Contest 002 - Range Sum Queries
#include <vector>
#include <iostream>
#include <algorithm>
using namespace std;

typedef long long ll;

int main()
{
	ios::sync_with_stdio(0); cin.tie(NULL);
	int n, qu;
	cin >> n >> qu;
	vector<ll> prefix(n + 1, 0);
	for (int i = 0; i < n; i++)
	{
		ll X;
		cin >> X;
		prefix[i + 1] = prefix[i] + X;
	}
	while (qu--)
	{
		int l, r;
		cin >> l >> r;
		cout << prefix[r] - prefix[l - 1] << endl;
	}
	return 0;
}