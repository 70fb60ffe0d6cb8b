// author: u904163166
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define pb push_back
using P = pair<int, int>;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

ll cross(ll ax, ll ay, ll bx, ll by) {
  return ax * by - ay * bx;
}

void solve() {
  int que;
  cin >> que;
  for(int k = 0; k < que; k++) {
    ll x1, y1, x2, y2, x3, y3;
    cin >> x1 >> y1 >> x2 >> y2 >> x3 >> y3;
    // the two edge vectors from the first point are parallel
    ll c = cross(x2 - x1, y2 - y1, x3 - x1, y3 - y1);
    cout << ((c == 0 ? "Yes" : "No")) << endl;
  }
}

int main() {
  ios::sync_with_stdio(false);
  solve();
  return 0;
}