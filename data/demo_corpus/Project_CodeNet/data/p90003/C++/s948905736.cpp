// author: u900446373
#include <iostream>
#include <vector>
#include <algorithm>
using namespace std;

void solve() {
   int n;
   cin >> n;
   vector<int> nums(n);
   for (auto& x : nums) cin >> x;
   sort(nums.begin(), nums.end());
   for (int i = 0; i < n; i++) {
      if (i > 0) cout << " ";
      cout << nums[i];
   }
   cout << endl;
}

int main() {
   solve();
   return 0;
}
