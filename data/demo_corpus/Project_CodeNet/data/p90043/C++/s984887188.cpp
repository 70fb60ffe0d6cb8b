#include <algorithm>
#include <iostream>
#include <string>
#include <vector>
using namespace std;

long long sort_count(vector<int>& vec, int l, int r)
{
	if (r - l <= 1) return 0;
	int m = (l + r) / 2;
	long long tot = sort_count(vec, l, m) + sort_count(vec, m, r);
	vector<int> merged;
	int i = l, j = m;
	while (i < m || j < r) {
		if (j == r || (i < m && vec[i] <= vec[j])) {
			merged.push_back(vec[i++]);
		} else {
			tot += m - i;  // a[j] jumps over every remaining left element
			merged.push_back(vec[j++]);
		}
	}
	for (int k = l; k < r; k++) vec[k] = merged[k - l];
	return tot;
}

int main()
{
	ios::sync_with_stdio(0); cin.tie(nullptr);
	int n; cin >> n;
	vector<int> vec(n);
	for (auto& x : vec) cin >> x;
	cout << sort_count(vec, 0, n) << endl;
	return 0;
}
