// p90048
#include <algorithm>
#include <iostream>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define all(x) (x).begin(),(x).end()
#define se second
#define mp make_pair
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
  ios::sync_with_stdio(0); cin.tie(nullptr);
  int n;
  cin >> n;
  vector<pair<int, int>> iv(n);  // (end, start)
  rep(i, n) {
    cin >> iv[i].second >> iv[i].first;
  }
  sort(all(iv));
  int tot = 0, last = -1;
  for (auto& p : iv) {
    if (p.second >= last) {
      tot++;
      last = p.first;
    }
  }
  cout << tot << endl;
  return 0;
}
