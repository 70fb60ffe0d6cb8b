#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
   ios::sync_with_stdio(0);
   cin.tie(nullptr);
   int n;
   cin >> n;
   vector<int> arr(n);
   for (int j = 0; j < n; ++j) cin >> arr[j];
   const int INF = 1 << 30;
   vector<int> d(n + 1, INF);
   int len = 0;
   for (int i = 0; i < n; ++i) {
      int lo = 0, hi = len;
      // first position with d[pos] >= a[i]
      while (lo < hi) {
         int mid = (lo + hi) / 2;
         if (d[mid] < arr[i]) lo = mid + 1;
         else hi = mid;
      }
      d[lo] = arr[i];
      if (lo == len) len++;
   }
   cout << len << "\n";
   return 0;
}
