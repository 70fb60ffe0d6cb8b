#include <iostream>
#include <utility>
#include <vector>
using namespace std;

#define se second
#define mp make_pair
using P = pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
  int n, s;
  cin >> n >> s;
  vector<int> arr(n);
  for (auto& x : arr) cin >> x;
  bool found = false;
  for (int mask = 0; mask < (1 << n); mask++) {
    long long total = 0;
    for (int i = 0; i < n; i++) {
      if (mask >> i & 1) total += arr[i];
    }
    if (total == s) {
      found = true;
      break;
    }
  }
  cout << ((found ? "Yes" : "No")) << "\n";
  return 0;
}
