// p90009
#include<iostream>
#include<string>
#include<algorithm>
#include<cstdint>
using namespace std;

static int dp[3005][3005];

int main(void) {
  ios::sync_with_stdio(false); cin.tie(nullptr);
  string s, t; cin >> s >> t;
  int n = s.length(), m = t.length();
  for(int i = 1; i <= n; i++) {
    for(int j = 1; j <= m; j++) {
      if(s[i - 1] == t[j - 1]) dp[i][j] = dp[i - 1][j - 1] + 1;
      else dp[i][j] = max(dp[i - 1][j], dp[i][j - 1]);
    }
  }
  cout << dp[n][m] << endl;
  return 0;
}