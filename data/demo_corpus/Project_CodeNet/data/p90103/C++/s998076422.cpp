#include <iostream>
#include <map>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(0); } } fastio_;

int main()
{
	int n; cin >> n;
	long long k; cin >> k;
	map<long long, int> num;
	num[0] = 1;
	long long prefix = 0, result = 0;
	for (int i = 0; i < n; i++)
	{
		long long v; cin >> v;
		prefix += v;
		// subarrays ending here: earlier prefix sums equal to pre - k
		result += num[prefix - k];
		num[prefix]++;
	}
	cout << result << '\n';
	return 0;
}