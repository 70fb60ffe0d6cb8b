#include<bits/stdc++.h>
using namespace std;

int count_le(const vector<int>& nums, int val)
{
    int lo = -1, hi = nums.size();
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (nums[mid] <= val) lo = mid;
        else hi = mid;
    }
    return lo + 1;
}

void solve()
{
    int n, qu;
    cin >> n >> qu;
    vector<int> nums(n);
    for (int j = 0; j < n; j++) cin >> nums[j];
    sort(nums.begin(), nums.end());
    for (int i = 0; i < qu; i++) {
        int val;
        cin >> val;
        cout << count_le(nums, val) << endl;
    }
}

int main()
{
    solve();
    return 0;
}
