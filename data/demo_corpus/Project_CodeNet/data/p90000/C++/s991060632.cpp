// author: u995408856
#include <vector>
#include <iostream>
using namespace std;

using ll = long long;
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define fi first
#define se second
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

void solve() {
  int n;
  cin >> n;
  vector<ll> a(n), b(n);
  rep(i, n) {
    cin >> a[i] >> b[i];
  }
  vector<ll> ans(n);
  rep(i, n) {
    ans[i] = a[i] + b[i];
  }
  rep(i, n) {
    cout << ans[i] << "\n";
  }
}

int main(void) {
  solve();
  return 0;
}
