#include <cstdio>
#include <vector>
#include <algorithm>
using namespace std;

#define se second
const int INF = 1e9;
const long long LINF = 1LL << 60;

int main()
{
	int n; scanf("%d", &n);
	vector<vector<int>> t(n);
	for (int i = 0; i < n; i++)
	{
		t[i].resize(i + 1);
		for (int j = 0; j < i + 1; j++)
		{
			scanf("%d", &t[i][j]);
		}
	}
	for (int i = n - 2; i >= 0; i--)
	{
		for (int j = 0; j < i + 1; j++)
		{
			t[i][j] += max(t[i + 1][j], t[i + 1][j + 1]);
		}
	}
	printf("%d\n", t[0][0]);
	return 0;
}