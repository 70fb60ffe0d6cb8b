// author: u909568367
#include <iostream>
#include <vector>
using namespace std;

void solve() {
  int n, Q;
  cin >> n >> Q;
  vector<int> nums(n);
  for (int j = 0; j < n; j++) cin >> nums[j];
  vector<int> px(n);
  for (int i = 0; i < n; i++) {
    px[i] = (i > 0 ? px[i - 1] : 0) ^ nums[i];
  }
  for (int k = 0; k < Q; k++) {
    int l, r;
    cin >> l >> r;
    l--;
    r--;
    int res = px.at(r);
    if (l > 0) res ^= px.at(l - 1);
    cout << res << endl;
  }
}

int main() {
  solve();
  return 0;
}
