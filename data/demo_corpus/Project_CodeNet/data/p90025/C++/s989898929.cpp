#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define pb push_back
#define se second
#define mp make_pair
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

int main() {
  ios::sync_with_stdio(false);
  cin.tie(NULL);
  int n;
  cin >> n;
  vector<ll> a(n), DP(n);
  for(auto& x : a) cin >> x;
  DP[0] = a[0];
  ll result = DP[0];
  for(int i = 1; i < n; i++) {
    DP[i] = a[i];
    if(DP[i - 1] > 0) DP[i] += DP[i - 1];
    if(DP[i] > result) result = DP[i];
  }
  cout << result << endl;
}