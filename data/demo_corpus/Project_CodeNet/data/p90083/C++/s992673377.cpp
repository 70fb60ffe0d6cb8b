// p90083
#include <bits/stdc++.h>
using namespace std;

#define rep(i, n) for (int i = 0; i < (n); ++i)

int main() {
  ios_base::sync_with_stdio(false);
  cin.tie(0);
  int n; cin >> n;
  int change = 1000 - n;
  const int coins[6] = {500, 100, 50, 10, 1, 1};
  int cnt = 0;
  rep(i, 6) {
    cnt += change / coins[i];
    change %= coins[i];
  }
  cout << cnt << '\n';
  return 0;
}