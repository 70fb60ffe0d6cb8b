#include <cstdio>
#include <string>
#include <utility>
#include <vector>
using std::vector;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define se second
#define mp make_pair
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

void solve() {
   int n;
   scanf("%d", &n);
   std::vector<int> arr(n);
   rep(k, n) scanf("%d", &arr[k]);
   // bubble sort: fine for small n
   rep(i, n) {
      for (int j = 0; j + 1 < n - i; j++) {
         if (arr[j] > arr[j + 1]) std::swap(arr[j], arr[j + 1]);
      }
   }
   rep(i, n) {
      if (i) putchar(' ');
      printf("%d", arr[i]);
   }
   putchar('\n');
}

signed main() {
   solve();
   return 0;
}
