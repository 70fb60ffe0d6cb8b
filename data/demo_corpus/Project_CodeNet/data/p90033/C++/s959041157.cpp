#include <bits/stdc++.h>
using namespace std;

int main()
{
  ios_base::sync_with_stdio(false); cin.tie(nullptr);
  int n;
  cin >> n;
  vector<int> vec(n);
  for (auto& x : vec) cin >> x;
  for (int i = 0; i < n; i++) {
    int nxt = -1;
    for (int j = i + 1; j < n; j++) {
      if (vec[j] > vec[i]) {
        nxt = vec[j];
        break;
      }
    }
    if (i) cout << ' ';
    cout << nxt;
  }
  cout << endl;
  return 0;
}