// author: u959234203
#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;

ll sort_count(vector<int>& arr, int l, int r) {
  if(r - l <= 1) return 0;
  int m = (l + r) / 2;
  ll num = sort_count(arr, l, m) + sort_count(arr, m, r);
  vector<int> merged;
  int i = l, j = m;
  while(i < m || j < r) {
    if(j == r || (i < m && arr[i] <= arr[j])) {
      merged.push_back(arr[i++]);
    }
    else {
      num += m - i;  // a[j] jumps over every remaining left element
      merged.push_back(arr[j++]);
    }
  }
  for(int k = l; k < r; k++) arr[k] = merged[k - l];
  return num;
}

int main() {
  ios::sync_with_stdio(0); cin.tie(NULL);
  int n;
  cin >> n;
  vector<int> arr(n);
  for(auto& x : arr) cin >> x;
  cout << sort_count(arr, 0, n) << endl;
  return 0;
}