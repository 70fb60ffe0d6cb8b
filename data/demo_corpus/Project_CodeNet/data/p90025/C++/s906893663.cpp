/*
 * Demo Contest 009 - Maximum Subarray
 * 2016-09-01
 */
#include <iostream>
#include <vector>
#include <algorithm>
#include <utility>
#include <string>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define fi first
#define se second
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

void solve()
{
  int n;
  cin >> n;
  vector<ll> nums(n);
  for (auto& x : nums) cin >> x;
  ll best = nums[0], cur = 0;
  rep(i, n) {
    cur = max(cur + nums[i], nums[i]);
    best = max(best, cur);
  }
  cout << best << '\n';
}

int main()
{
  ios_base::sync_with_stdio(false); cin.tie(0);
  solve();
  return 0;
}