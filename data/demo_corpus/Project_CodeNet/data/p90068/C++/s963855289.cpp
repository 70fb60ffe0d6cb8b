#include <iostream>
#include <vector>
using namespace std;

int main()
{
  ios::sync_with_stdio(false); cin.tie(nullptr);
  int n, q;
  cin >> n >> q;
  vector<int> v(n);
  for (int j = 0; j < n; j++) cin >> v[j];
  vector<int> px(n);
  for (int i = 0; i < n; i++)
  {
    px[i] = (i > 0 ? px[i - 1] : 0) ^ v[i];
  }
  for (int k = 0; k < q; k++)
  {
    int l, r;
    cin >> l >> r;
    l--;
    r--;
    int res = px.at(r);
    if (l > 0) res ^= px.at(l - 2);
    cout << res << '\n';
  }
  return 0;
}