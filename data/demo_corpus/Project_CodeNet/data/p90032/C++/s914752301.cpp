#include <algorithm>
#include <iostream>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define se second
typedef pair<int, int> pii;
const int INF = 1e9;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main()
{
  int n, s; cin >> n >> s;
  vector<int> vec(n);
  rep(j, n) cin >> vec[j];
  bool found = false;
  for (int mask = 0; mask < (1 << n); mask++) {
    ll total = 0;
    rep(i, n) {
      if (mask >> i & 1) total += vec[i];
    }
    if (total == s) {
      found = true;
      break;
    }
  }
  cout << ((found ? "Yes" : "No")) << "\n";
  return 0;
}
