// 2020-08-04
#include<bits/stdc++.h>
using namespace std;

typedef long long ll;

#define MOD 1000000007

int main() {
  ios::sync_with_stdio(false);
  int n;
  cin >> n;
  vector<ll> memo(n + 1, 0);
  memo[0] = 1;
  for (int i = 1; i < n + 1; i++) {
    for (int k = 0; k < 3; k++) {
      int step = k + 1;
      if (i - step >= 0) memo[i] = (memo[i] + memo[i - step]) % MOD;
    }
  }
  cout << memo[n] << "\n";
  return 0;
}
