// p90072
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
using P = pair<int, int>;
const long long LINF = 1LL << 60;

int main() {
  ios::sync_with_stdio(false);
  cin.tie(NULL);
  int n, qu;
  cin >> n >> qu;
  vector<ll> d(n + 2, 0);
  rep(k, qu) {
    int l, r;
    cin >> l >> r;
    ll val;
    cin >> val;
    d[l] += val;
    d[r + 1] -= val;
  }
  ll t = 0;
  FOR(i, 1, n + 1) {
    t += d[i];
    if (i - 1) cout << ' ';
    cout << t;
  }
  cout << "\n";
  return 0;
}