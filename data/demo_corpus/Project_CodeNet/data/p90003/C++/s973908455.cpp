#include<iostream>
#include<vector>
#include<algorithm>
#include<string>
#include<cstdlib>
using namespace std;

#define all(x) (x).begin(), (x).end()

int main()
{
	int n;
	cin >> n;
	vector<int> a(n);
	for(auto& x : a) cin >> x;
	sort(all(a));
	for(int i = 0; i < n; i++)
	{
		if(i) cout << ' ';
		cout << a[i];
	}
	cout << '\n';
}