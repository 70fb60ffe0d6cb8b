#include <iostream>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }
#define endl '\n'

const int MOD = 1000000007;

int main() {
  ios::sync_with_stdio(0); cin.tie(nullptr);
  vector<vector<int>> C(2001, vector<int>(2001, 0));
  rep(i, 2001) {
    C[i][0] = 1;
    FOR(j, 1, i + 1) {
      C[i][j] = (C[i - 1][j - 1] + C[i - 1][j]) % MOD;
    }
  }
  int que;
  cin >> que;
  while (que--) {
    int n, k;
    cin >> n >> k;
    cout << C[n][k] << endl;
  }
  return 0;
}
