#include<bits/stdc++.h>

#define rep(i, n) for (int i = 0; i < (n); ++i)
#define all(v) v.begin(), v.end()

int main()
{
	int n, que;
	scanf("%d %d", &n, &que);
	std::vector<int> a(n);
	rep(i, n) scanf("%d", &a[i]);
	std::sort(all(a));
	while (que--)
	{
		int x;
		scanf("%d", &x);
		// number of elements <= x
		int counter = std::upper_bound(all(a), x) - a.begin();
		printf("%d\n", counter);
	}
	return 0;
}