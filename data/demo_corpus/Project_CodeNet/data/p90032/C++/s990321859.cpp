#include <iostream>
#include <utility>
#include <vector>
using namespace std;

typedef long long LL;
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define fi first
using P = pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
  ios::sync_with_stdio(false);
  cin.tie(NULL);
  int n, s;
  cin >> n >> s;
  vector<int> vec(n);
  rep(j, n) cin >> vec[j];
  bool found = false;
  for (int mask = 0; mask < (1 << n); mask++) {
    LL sum = 0;
    rep(i, n) {
      if (mask >> i & 1) sum += vec[i];
    }
    if (sum == s) {
      found = true;
      break;
    }
  }
  if (found) cout << "Yes" << '\n';
  else cout << "No" << '\n';
  return 0;
}