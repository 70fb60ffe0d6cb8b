#include <iostream>
using namespace std;

void solve()
{
	int n;
	cin >> n;
	int first = -1, second = -1;
	for(int i = 0; i < n; i++)
	{
		int v;
		cin >> v;
		if(v > first)
		{
			second = first;
			first = v;
		}
		else if(v < first && v > second)
		{
			second = v;
		}
	}
	cout << second << '\n';
}

int main()
{
	ios_base::sync_with_stdio(false);
	solve();
	return 0;
}