// author: u958908392
#include <iostream>
#include <vector>
using namespace std;

#define rep(i, n) for (int i = 0; i < (n); ++i)
#define FOR(i,a,b) for(int i=(a);i<(b);++i)

#define MOD 1000000007

int main() {
  // Pascal's triangle: C(i, j) = C(i - 1, j - 1) + C(i - 1, j)
  vector<vector<int>> C(2001, vector<int>(2001, 0));
  rep(i, 2001) {
    C[i][0] = 1;
    FOR(j, 1, i + 1) {
      C[i][j] = (C[i - 1][j - 1] + C[i - 1][j]) % MOD;
    }
  }
  int qu;
  cin >> qu;
  while (qu--) {
    int n, k;
    cin >> n >> k;
    cout << C[n][k] << endl;
  }
  return 0;
}