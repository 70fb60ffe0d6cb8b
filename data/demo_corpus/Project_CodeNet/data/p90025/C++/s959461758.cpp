#include <iostream>
#include <vector>
using namespace std;

#define ll long long
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(0); } } fastio_;

int main()
{
  int n;
  cin >> n;
  vector<ll> nums(n), tbl(n);
  for (auto& x : nums) cin >> x;
  tbl[0] = nums[0];
  ll result = tbl[0];
  FOR(i, 1, n)
  {
    tbl[i] = nums[i];
    if (tbl[i - 1] > 0) tbl[i] += tbl[i - 1];
    if (tbl[i] > result) result = tbl[i];
  }
  cout << result << endl;
  return 0;
}
