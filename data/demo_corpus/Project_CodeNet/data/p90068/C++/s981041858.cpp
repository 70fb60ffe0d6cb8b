#include <bits/stdc++.h>
using namespace std;

int main()
{
	int n, qu;
	cin >> n >> qu;
	// pre[i] = a1 ^ ... ^ ai; x ^ x = 0 cancels the common prefix
	vector<int> psum(n + 1, 0);
	for (int i = 0; i < n; i++)
	{
		int v;
		cin >> v;
		psum[i + 1] = psum[i] ^ v;
	}
	while (qu--)
	{
		int l, r;
		cin >> l >> r;
		cout << (psum[r] ^ psum[l]) << endl;
	}
	return 0;
}
