/*
 * Demo Contest 010 - Grid Paths
 * 2016-10-24
 */
#include<bits/stdc++.h>
using namespace std;

#define MOD 1000000007

void solve() {
   int H, W; cin >> H >> W;
   vector<int64_t> memo(W, 0);
   memo[0] = 1;
   for (int i = 0; i < H; i++) {
      string row; cin >> row;
      for (int j = 0; j < W; j++) {
         if (row[j] == '#') memo[j] = 0;
         else if (j > 0) memo[j] = (memo[j] + memo[j - 1]) % MOD;
      }
   }
   cout << memo[W - 1] << '\n';
}

signed main() {
   ios::sync_with_stdio(false);
   cin.tie(0);
   solve();
   return 0;
}