// Demo Contest 002 - Range Sum Queries
#include <iostream>
#include <vector>
using namespace std;

int main() {
  ios_base::sync_with_stdio(false);
  cin.tie(NULL);
  int n, q;
  cin >> n >> q;
  vector<long long> pre(n + 1, 0);
  for (int i = 0; i < n; ++i) {
    long long x;
    cin >> x;
    pre[i + 1] = pre[i] + x;
  }
  while (q--) {
    int l, r;
    cin >> l >> r;
    cout << pre[r] - pre[l - 1] << '\n';
  }
  return 0;
}