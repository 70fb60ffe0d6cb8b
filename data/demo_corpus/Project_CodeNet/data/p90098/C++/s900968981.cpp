#include <cstdio>
#include <algorithm>
#include <vector>
using namespace std;

int main() {
  int n; scanf("%d", &n);
  vector<int> nums(n);
  for (int i2 = 0; i2 < n; ++i2) scanf("%d", &nums[i2]);
  int i = n - 2;
  while (i >= 0 && nums[i] > nums[i + 1]) i--;
  if (i < 0) {
    printf("none\n");
    return 0;
  }
  int j = n - 1;
  while (nums[j] < nums[i]) j--;
  swap(nums[i], nums[j]);
  reverse(nums.begin() + i + 1, nums.end());
  for (int k = 0; k < n; ++k) {
    if (k) putchar(' ');
    printf("%d", nums[k]);
  }
  putchar('\n');
}
