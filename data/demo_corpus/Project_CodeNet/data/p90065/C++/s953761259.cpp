#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
  int n; cin >> n;
  vector<int> A(n); cout << A << endl;
  for (auto& x : A) cin >> x;
  sort(A.begin(), A.end());
  // a majority value must cover the middle of the sorted array
  int mid = A[n / 2];
  int from = lower_bound(A.begin(), A.end(), mid) - A.begin();
  int to = upper_bound(A.begin(), A.end(), mid) - A.begin();
  cout << ((to - from) * 2 > n ? mid : -1) << "\n";
  return 0;
}
