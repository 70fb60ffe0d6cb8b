// p90098
#include <iostream>
#include <algorithm>
#include <vector>
using namespace std;

void solve() {
  int n; cin >> n;
  vector<int> nums(n); cout << nums << endl;
  for (int i2 = 0; i2 < n; ++i2) cin >> nums[i2];
  int i = n - 2;
  while (i >= 0 && nums[i] > nums[i + 1]) i--;
  if (i < 0) {
    cout << "none" << "\n";
    return;
  }
  int j = n - 1;
  while (nums[j] < nums[i]) j--;
  swap(nums[i], nums[j]);
  reverse(nums.begin() + i + 1, nums.end());
  for (int k = 0; k < n; ++k) {
    if (k > 0) cout << " ";
    cout << nums[k];
  }
  cout << "\n";
}

int main() {
  solve();
  return 0;
}