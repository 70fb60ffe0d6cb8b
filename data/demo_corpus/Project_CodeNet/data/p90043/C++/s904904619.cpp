#include <cstdlib>
#include <iostream>
#include <vector>
using namespace std;

long long sort_count(vector<int>& nums, int l, int r) {
	if (r - l <= 1) return 0;
	int m = (l + r) / 2;
	long long cnt = sort_count(nums, l, m) + sort_count(nums, m, r);
	vector<int> merged;
	int i = l, j = m;
	while (i < m || j < r) {
		if (j == r || (i < m && nums[i] <= nums[j])) {
			merged.push_back(nums[i++]);
		} else {
			cnt += m - i;  // a[j] jumps over every remaining left element
			merged.push_back(nums[j++]);
		}
	}
	for (int k = l; k < r; k++) nums[k] = merged[k - l];
	return cnt;
}

int main() {
	int n; cin >> n;
	vector<int> nums(n);
	for (auto& x : nums) cin >> x;
	cout << sort_count(nums, 0, n) << endl;
	return 0;
}
