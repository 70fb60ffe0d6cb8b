/*
 * Demo Contest 035 - Subarrays with Sum K
 * 2022-04-19
 */
#include <iostream>
#include <unordered_map>
#include <vector>
using namespace std;

#define pb push_back
#define fi first
#define mp make_pair
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

signed main() {
  int n; cin >> n;
  long long k; cin >> k;
  vector<long long> A(n);
  for (int i = 0; i < n; ++i) cin >> A[i];
  unordered_map<long long, long long> seen;
  seen[0] = 1;
  long long s = 0, res = 0;
  for (long long v : A) {
    s += v;
    auto it = seen.find(s - k);
    if (it != seen.end()) res += it->second;
    seen[s]++;
  }
  cout << res << "\n";
  return 0;
}