// author: u971701454
#include<bits/stdc++.h>
using namespace std;

void solve() {
  int n;
  cin >> n;
  long long k;
  cin >> k;
  vector<long long> ps(n + 1, 0);
  for (int i = 0; i < n; i++) {
    long long val;
    cin >> val;
    ps[i + 1] = ps[i] + val;
  }
  long long ret = 0;
  // for each end j, the starts i with pre[j] - pre[i] <= k
  for (int j = 1; j <= n; j++) {
    int i = lower_bound(ps.begin(), ps.begin() + j, ps[j] - k) - ps.begin();
    ret += j - i;
  }
  cout << ret << endl;
}

int main() {
  solve();
  return 0;
}