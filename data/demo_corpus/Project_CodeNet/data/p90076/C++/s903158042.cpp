#include <iostream>
#include <vector>
using namespace std;

typedef vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
  int n;
  cin >> n;
  vector<int> p(n + 1, 0), sz(n + 1, 1);
  for (int i = 2; i < n + 1; i++) {
    cin >> p[i];
  }
  // every parent has a smaller number, so a vertex is finished before its parent
  for (int v = n; v >= 2; v--) {
    sz[p[v]] += sz[v];
  }
  for (int v = 1; v < n + 1; v++) {
    if (v - 1) cout << ' ';
    cout << sz[v];
  }
  cout << "\n";
  return 0;
}