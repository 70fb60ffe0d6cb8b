#include <bits/stdc++.h>
using namespace std;

typedef long long LL;
#define rep(i, n) for (int i = 0; i < (n); ++i)
template <class T, class U> bool chmax(T& a, const U& b) { if(a < b) { a = b; return true; } return false; }
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef vector<int> vi;
const long long LINF = 1LL << 60;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(0); } } fastio_;

void solve() {
  int n;
  cin >> n;
  int tmp = 0, best = 0;
  rep(i, n) {
    int off, on;
    cin >> off >> on;
    tmp += off;
    tmp += on;
    chmax(best, tmp);
  }
  cout << best << endl;
}

int main() {
  solve();
  return 0;
}
