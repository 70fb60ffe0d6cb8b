// p90064
#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define all(x) (x).begin(),(x).end()
#define pb push_back
#define fi first
const int INF = 1e9;
const long long LINF = 1LL << 60;
#define endl '\n'

int main() {
  int n;
  cin >> n;
  ll k;
  cin >> k;
  vector<ll> arr(n);
  REP(i, n) cin >> arr[i];
  sort(all(arr));
  ll res = 0;
  int l = 0, r = n - 1;
  while (l < r) {
    ll s = arr[l] + arr[r];
    if (s < k) {
      l++;
    } else if (s > k) {
      r--;
    } else if (arr[l] == arr[r]) {
      ll m = r - l + 1;
      res += m * (m - 1) / 2;
      break;
    } else {
      int cl = 1, cr = 1;
      while (l + cl < r && arr[l + cl] == arr[l]) cl++;
      while (r - cr > l && arr[r - cr] == arr[r]) cr++;
      res += (ll)cl * cr;
      l += cl;
      r -= cr;
    }
  }
  cout << res << endl;
  return 0;
}
