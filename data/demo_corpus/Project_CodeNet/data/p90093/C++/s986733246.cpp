// p90093
#include<iostream>
#include<vector>
#include<utility>
#include<cstdlib>
using namespace std;

using ll = long long;
#define FOR(i,a,b) for(int i=(a);i<(b);++i)
#define fi first
#define se second
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main(int argc, char* argv[]) {
  int n;
  cin >> n;
  // the sieve of Eratosthenes
  vector<bool> comp(n + 1, false);
  comp[0] = comp[1] = true;
  for (int i = 2; (ll)i * i <= n; i++) {
    if (comp[i]) continue;
    for (int j = i * i; j <= n; j += i) comp[j] = true;
  }
  int tot = 0;
  FOR(p, 2, n / 2 + 1) {
    if (!comp[p] && !comp[n - p]) tot++;
  }
  cout << tot << endl;
  return 0;
}
