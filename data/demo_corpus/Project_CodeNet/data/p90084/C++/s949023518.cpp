#include <bits/stdc++.h>
using namespace std;

int main()
{
  int n; cin >> n;
  vector<int> h(n);
  for(auto& x : h) cin >> x;
  vector<int> lmax(n), rmax(n);
  for(int i = 0; i < n; i++) lmax[i] = max(h[i], i > 0 ? lmax[i - 1] : 0);
  for(int i = n - 1; i >= 0; i--) rmax[i] = max(h[i], i + 1 < n ? rmax[i + 1] : 0);
  long long ans = 0;
  for(int i = 0; i < n; i++)
  {
    // the water above bar i is bounded by the lower of the highest bars on either side
    ans += min(lmax[i], rmax[i]) - h[i];
  }
  cout << ans << endl;
  return 0;
}