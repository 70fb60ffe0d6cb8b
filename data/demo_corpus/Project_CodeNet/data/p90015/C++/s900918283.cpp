// p90015
#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
  ios_base::sync_with_stdio(false); cin.tie(nullptr);
  int q; cin >> q;
  for (int i = 0; i < q; i++) {
    ll X; cin >> X;
    int bits = __builtin_popcountll(X);
    cout << bits << endl;
  }
}
