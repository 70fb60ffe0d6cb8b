#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define mp make_pair
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(nullptr); } } fastio_;

int main() {
  int n; cin >> n;
  for (int i = 1; i <= n; ++i) {
    string s;
    if (i % 3 == 0) s += "Fizz";
    if (i % 5 == 0) s += "Buzz";
    if (s.empty()) s = to_string(i);
    cout << s << endl;
  }
  return 0;
}