// author: u988660596
#include <bits/stdc++.h>
using namespace std;

int main() {
  int n;
  scanf("%d", &n);
  vector<int> nums(n), pos(n + 1);
  for (int i = 0; i < n; i++) {
    scanf("%d", &nums[i]);
    pos[nums[i]] = i;
  }
  int tot = 0;
  for (int i = 0; i < n; i++) {
    if (nums[i] == i + 1) continue;
    // bring the value i + 1 here
    int j = pos[i + 1];
    pos[nums[i]] = j;
    nums[j] = nums[i];
    nums[i] = i + 1;
    pos[i + 1] = i;
    tot++;
  }
  printf("%d\n", tot);
  return 0;
}