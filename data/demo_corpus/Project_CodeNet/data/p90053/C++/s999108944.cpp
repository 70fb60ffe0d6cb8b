#include <iostream>
#include <vector>
#include <algorithm>
#include <cmath>
#include <cstdlib>
using namespace std;

int main() {
   int n; cin >> n;
   vector<int> nums(n);
   for(int i = 0; i < n; ++i) cin >> nums[i];
   sort(nums.begin(), nums.end());
   nums.erase(unique(nums.begin(), nums.end()), nums.end());
   if(nums.size() < 2) {
      cout << -1 << endl;
   } else {
      cout << nums[nums.size() - 2] << endl;
   }
   return 0;
}