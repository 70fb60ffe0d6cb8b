/*
 * Range Increments
 * 2021-06-18
 */
#include<bits/stdc++.h>
using namespace std;

#define ll long long

void solve() {
  int n, Q;
  cin >> n >> Q;
  vector<ll> d(n + 2, 0);
  for (int k = 0; k < Q; k++) {
    int l, r;
    cin >> l >> r;
    ll v;
    cin >> v;
    d[l] += v;
    d[r + 1] -= v;
  }
  ll tmp = 0;
  for (int i = 1; i < n + 1; i++) {
    tmp += d[i];
    if (i - 1) cout << ' ';
    cout << tmp;
  }
  cout << "\n";
}

int main() {
  ios_base::sync_with_stdio(false);
  cin.tie(0);
  solve();
  return 0;
}