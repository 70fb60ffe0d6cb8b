// author: u989924518
#include<bits/stdc++.h>
using std::vector;

int main() {
  int n; scanf("%d", &n);
  std::vector<int> arr(n);
  for(int i = 0; i < n; i++) scanf("%d", &arr[i]);
  int cand = -1, votes = 0;
  for(int x : arr) {
    if(votes == 0) {
      cand = x;
      votes = 1;
    } else if(x == cand) {
      votes++;
    } else {
      votes--;
    }
  }
  int counter = 0;
  for(int x : arr) {
    if(x == cand) counter++;
  }
  printf("%d\n", 2 * counter > n ? cand : -1);
  return 0;
}
