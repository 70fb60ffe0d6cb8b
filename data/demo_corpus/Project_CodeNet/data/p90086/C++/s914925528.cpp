#include <iostream>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
#define se second
typedef pair<int, int> pii;
typedef vector<int> vi;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }
#define endl '\n'

int main()
{
  ios::sync_with_stdio(0); cin.tie(nullptr);
  int n;
  cin >> n;
  vector<pair<ll, int>> ev;
  rep(i, n)
  {
    ll l, r;
    cin >> l >> r;
    ev.push_back({l, 1});
    ev.push_back({r, -1});
  }
  sort(ev.begin(), ev.end());
  ll ans = 0;
  int depth = 0;
  rep(i, (int)ev.size())
  {
    if (depth > 0) ans += ev[i].first - ev[i - 1].first;
    depth += ev[i].second;
  }
  cout << ans << endl;
  return 0;
}