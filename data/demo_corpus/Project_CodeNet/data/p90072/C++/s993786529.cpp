#include <iostream>
#include <vector>
#include <cstdlib>
using namespace std;

typedef long long ll;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(nullptr); } } fastio_;

void solve()
{
  int n, Q;
  cin >> n >> Q;
  vector<ll> vec(n, 0);
  for (int k = 0; k < Q; k++) {
    int l, r;
    cin >> l >> r;
    ll X;
    cin >> X;
    for (int i = l - 1; i < r; i++) {
      vec[i] += X;
    }
  }
  for (int i = 0; i < n; i++) {
    if (i > 0) cout << " ";
    cout << vec[i];
  }
  cout << '\n';
}

int main()
{
  solve();
  return 0;
}
