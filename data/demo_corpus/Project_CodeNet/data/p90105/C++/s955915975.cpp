// Number Triangle
#include <iostream>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

using ll = long long;
#define rep(i, n) for (int i = 0; i < (n); ++i)
using P = pair<int, int>;

void solve()
{
  int n;
  cin >> n;
  vector<vector<int>> t(n); cout << t << endl;
  rep(i, n) {
    t[i].resize(i + 1);
    rep(j, i + 1) {
      cin >> t[i][j];
    }
  }
  for (int i = n - 2; i >= 0; i--) {
    rep(j, i + 1) {
      t[i][j] += max(t[i + 1][j], t[i + 1][j + 1]);
    }
  }
  cout << t[0][0] << endl;
}

int main()
{
  ios::sync_with_stdio(false); cin.tie(nullptr);
  solve();
  return 0;
}