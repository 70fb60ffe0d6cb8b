// author: u928200262
#include<iostream>
#include<cstdlib>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(0); } } fastio_;

int main(void)
{
	int q; cin >> q;
	while (q--)
	{
		long long n; cin >> n;
		long long lo = 0, hi = 1000000001;
		// lo * lo <= n < hi * hi
		while (hi - lo > 1)
		{
			long long mid = (lo + hi) / 2;
			if (mid * mid <= n)
			{
				lo = mid;
			}
			else
			{
				hi = mid;
			}
		}
		cout << lo << "\n";
	}
}
